import { EscoCodeParam, EscoOccupation, EscoSearchQuery, EscoSearchResult } from '../../../../common/schemas/esco.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { createRouter, defineRoute, json } from '../../lib/http.ts';
import { findOccupations, searchOccupations } from './esco.queries.ts';

const tags = ['esco'];

export function escoRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('esco.read', {
      method: 'get', path: '/api/esco/occupations', tags,
      summary: 'Search ESCO occupations by preferred and alternative labels (accents and case ignored)',
      request: { query: EscoSearchQuery },
      responses: { 200: json(EscoSearchResult) },
    }),
    async (c) => {
      const { q, limit } = c.req.valid('query');
      return c.json({ items: await searchOccupations(c.get('db').db, q, limit) }, 200);
    },
  );

  app.openapi(
    defineRoute('esco.read', {
      method: 'get', path: '/api/esco/occupations/{code}', tags,
      summary: 'One ESCO occupation, by ESCO code or by the id of its URI',
      request: { params: EscoCodeParam },
      responses: {
        200: json(EscoOccupation),
        404: { description: 'No such occupation' },
        409: { description: 'The code belongs to several occupations: each is listed in `errors`; ask by id' },
      },
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const found = await findOccupations(c.get('db').db, code);
      if (found.length === 0) throw notFound();
      if (found.length > 1) {
        throw new HttpProblem(409, 'conflict', { errors: found.map((o) => ({ path: 'code', message: `${o.uri} ${o.preferredLabel}` })) });
      }
      return c.json(found[0]!, 200);
    },
  );

  return app;
}
