import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Kysely } from 'kysely';
import { purgeExpiredSessions } from './access/session.ts';
import { createApp } from './app.ts';
import { createDatabase } from './db/connection.ts';
import { migrate } from './db/migrate.ts';
import type { DB } from './db/types.ts';
import type { Config } from './env.ts';
import { purgeOldThrottles } from './features/auth/throttle.queries.ts';
import { seedDemoWorld } from './features/demo/seed.ts';
import { loadEsco } from './features/esco/esco.load.ts';
import { createMailSender } from './features/mail/worker.ts';

const WORKER_INTERVAL_MS = 5_000;

export interface RunningServer {
  url: string;
  db: Kysely<DB>;
  close: () => Promise<void>;
}

/** Migrates, seeds the demo world in demo mode, and serves the API and web app. */
export async function startServer(config: Config, connectionString: string, log = console.log): Promise<RunningServer> {
  const applied = await migrate(connectionString);
  if (applied.length > 0) log(`[db] applied migrations: ${applied.join(', ')}`);
  const db = createDatabase(connectionString);
  if (await loadEsco(db)) log('[esco] occupations loaded');
  if (config.demoMode && (await seedDemoWorld(db, config.demoPassword))) log('[demo] demo world loaded');

  const app = createApp(config, db);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  // Keep idle connections longer than Node's 5 s default, so a client (a browser, a proxy, a
  // test's request context) reusing one does not race the server closing it (ECONNRESET).
  const http = server as unknown as { keepAliveTimeout: number; headersTimeout: number };
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;

  const timers: NodeJS.Timeout[] = [];
  if (config.workers) {
    const mail = createMailSender(config, db);
    const timeouts = { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };
    const tick = async () => {
      try {
        await mail.sendDue();
        await purgeExpiredSessions(db, timeouts);
        await purgeOldThrottles(db);
      } catch (err) {
        console.error('[worker]', (err as Error).message);
      }
    };
    timers.push(setInterval(tick, WORKER_INTERVAL_MS));
  }

  return {
    url: `http://localhost:${port}`,
    db,
    close: async () => {
      timers.forEach(clearInterval);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await db.destroy();
    },
  };
}
