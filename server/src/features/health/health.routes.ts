import { z } from 'zod';
import { createRouter, defineRoute, json } from '../../lib/http.ts';
import { databaseReachable } from './health.queries.ts';

const Health = z.object({ status: z.enum(['ok', 'unavailable']), database: z.enum(['reachable', 'unreachable']) }).meta({ id: 'Health' });
const DB_CHECK_TIMEOUT_MS = 2000;

export function healthRoutes() {
  const app = createRouter();
  app.openapi(
    defineRoute('public', {
      method: 'get', path: '/api/health', tags: ['health'], summary: 'Liveness with a database round trip',
      responses: { 200: json(Health), 503: json(Health, 'Database unreachable') },
    }),
    async (c) => {
      if (await databaseReachable(c.get('db').db, DB_CHECK_TIMEOUT_MS)) {
        return c.json({ status: 'ok' as const, database: 'reachable' as const }, 200);
      }
      return c.json({ status: 'unavailable' as const, database: 'unreachable' as const }, 503);
    },
  );
  return app;
}
