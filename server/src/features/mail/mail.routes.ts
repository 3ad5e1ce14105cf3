import { Mailbox } from '../../../../common/schemas/admin.ts';
import { createRouter, defineRoute, json } from '../../lib/http.ts';
import { listMailbox } from './outbox.queries.ts';

/** The dev mailbox: only mounted in demo mode, where no real person's mail exists. */
export function devMailboxRoutes() {
  const app = createRouter();
  app.openapi(
    defineRoute('public', { method: 'get', path: '/api/dev/mailbox', tags: ['demo'], summary: 'Outgoing email in demo mode', responses: { 200: json(Mailbox) } }),
    async (c) => {
      const rows = await listMailbox(c.get('db').db);
      return c.json(
        { items: rows.map((r) => ({ id: r.id, to: r.to_address, subject: r.subject, body: r.body_text, createdAt: r.created_at.toISOString(), status: r.status })) },
        200,
      );
    },
  );
  return app;
}
