import { AuditPage, AuditQuery } from '../../../../common/schemas/admin.ts';
import { createRouter, defineRoute, json } from '../../lib/http.ts';
import { searchAudit } from './audit.queries.ts';

export function auditRoutes() {
  const app = createRouter();
  app.openapi(
    defineRoute('audit.read', {
      method: 'get', path: '/api/audit', tags: ['audit'], summary: "Browse and filter the organisation's audit trail",
      request: { query: AuditQuery }, responses: { 200: json(AuditPage) },
    }),
    async (c) => {
      const scope = c.get('db');
      const q = c.req.valid('query');
      const rows = await searchAudit(scope.db, scope.organisationId, q);
      const page = rows.slice(0, q.limit);
      return c.json(
        {
          items: page.map((r) => ({
            id: r.id, at: r.at.toISOString(), action: r.action, entity: r.entity, entityId: r.entity_id, details: r.details, ip: r.ip,
            actor: r.actor_user_id ? { id: r.actor_user_id, name: r.actor_name ?? '' } : null,
          })),
          nextBefore: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null,
        },
        200,
      );
    },
  );
  return app;
}
