import type { OpenAPIHono } from '@hono/zod-openapi';
import { DATA_CATEGORIES } from '../../../../common/consent.ts';
import { AccessLogPage, AccessLogQuery, ClientExport, ClientExportPdfQuery } from '../../../../common/schemas/consent.ts';
import { readClient } from '../../access/clients.ts';
import { IdParam, defineRoute, json, type AppEnv } from '../../lib/http.ts';
import { clientAccessLog } from './access-log.queries.ts';
import { renderClientExportPdf } from '../pdf/client-export.pdf.ts';
import { pdfContent, pdfResponse } from '../pdf/response.ts';
import { exportClient, exportDossier } from './export.queries.ts';

const tags = ['consents'];

/**
 * What the client sees of the use of their data: the access log ("wie zag wat, wanneer") and
 * the export of everything held about them. For the client and their own coaching team only:
 * reading without a purpose, recipients get 404.
 */
export function registerPrivacyRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    defineRoute('clients.access_log', {
      method: 'get', path: '/api/clients/{id}/access-log', tags,
      summary: "Who outside the client's own coaches read the client's data, what and for what purpose; newest first",
      request: { params: IdParam, query: AccessLogQuery },
      responses: { 200: json(AccessLogPage), 404: { description: 'No such client, or not yours' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      await readClient(scope, id, []);
      const rows = await clientAccessLog(scope.db, id, { before: q.before, limit: q.limit + 1 });
      const items = rows.slice(0, q.limit);
      return c.json({ items, nextBefore: rows.length > q.limit ? (items.at(-1)?.id ?? null) : null }, 200);
    },
  );

  app.openapi(
    defineRoute('clients.export', {
      method: 'get', path: '/api/clients/{id}/export', tags,
      summary: 'Everything held about the client as JSON (GDPR access and portability)',
      request: { params: IdParam },
      responses: { 200: json(ClientExport), 404: { description: 'No such client, or not yours' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      await readClient(scope, id, DATA_CATEGORIES);
      const body: ClientExport = { format: 'passend.client-export', formatVersion: 1, exportedAt: new Date().toISOString(), ...(await exportClient(scope.db, id)) };
      c.header('content-disposition', `attachment; filename="passend-${id}.json"`);
      return c.json(body, 200);
    },
  );

  app.openapi(
    defineRoute('clients.export', {
      method: 'get', path: '/api/clients/{id}/export.pdf', tags,
      summary: 'Everything held about the client as a readable PDF (GDPR access), the companion of the JSON export',
      request: { params: IdParam, query: ClientExportPdfQuery },
      responses: {
        200: pdfContent('One part per kind of data: identity and contact, support network, trajectory, engagement, vocational profile with health and benefits, action plans, notes, appointments, consents, access log'),
        404: { description: 'No such client, or not yours' },
      },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      await readClient(scope, id, DATA_CATEGORIES);
      const dossier = await exportDossier(scope.db, id);
      const bytes = await renderClientExportPdf({ ...dossier, exportedAt: new Date().toISOString() }, lang ?? scope.me.locale);
      return pdfResponse(c, bytes, `passend-${id}.pdf`);
    },
  );
}
