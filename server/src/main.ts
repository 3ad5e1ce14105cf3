import { startEmbedded, type EmbeddedServer } from './db/embedded.ts';
import { loadConfig } from './env.ts';
import { startServer, type RunningServer } from './server.ts';

const DATABASE_NAME = 'passend';
/** A shutdown that hangs (a request that never ends) must not keep Ctrl-C from working. */
const SHUTDOWN_TIMEOUT_MS = 20_000;
const PG_LOG = /FATAL|PANIC|ERROR|stopping|stale|recover|initialising|did not|still|waiting|lock file|earlier|refuses/i;

async function main() {
  const config = loadConfig();
  let embedded: EmbeddedServer | undefined;
  let running: RunningServer | undefined;
  let stopping = false;

  const shutdown = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`[passend] stopping (${reason})`);
    setTimeout(() => {
      console.error('[passend] shutdown did not finish in time; exiting anyway');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    try {
      await running?.close();
    } catch (err) {
      console.error('[passend] closing the server:', (err as Error).message);
    }
    try {
      await embedded?.stop();
    } catch (err) {
      console.error('[db] stopping the embedded PostgreSQL:', (err as Error).message);
    }
    process.exit(exitCode);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal, 0));

  try {
    let connectionString = config.databaseUrl;
    if (!connectionString) {
      console.log(`[db] starting the embedded PostgreSQL (data in ${config.dataDir})`);
      const server = await startEmbedded({
        dataDir: `${config.dataDir}/pg`,
        port: config.embeddedPgPort,
        database: DATABASE_NAME,
        log: (l) => { if (PG_LOG.test(l)) console.log(`[pg] ${l}`); },
      });
      embedded = server;
      // Without its database the app can only fail requests: exit, so that whoever runs it
      // (a person, systemd, a container) starts it again, which recovers by itself.
      void server.exited.then((how) => {
        if (stopping) return;
        console.error(`[db] the embedded PostgreSQL ended unexpectedly (${how}). Start Passend again: it recovers every committed write.`);
        void shutdown('database gone', 1);
      });
      connectionString = server.connectionString(DATABASE_NAME);
    }
    if (stopping) return;
    running = await startServer(config, connectionString);
    console.log(`[passend] listening on ${running.url}${config.demoMode ? ` (demo mode: sign in with password "${config.demoPassword}")` : ''}`);
  } catch (err) {
    if (stopping) return; // a signal arrived while starting; its shutdown finishes the job
    console.error('[passend] failed to start:', err instanceof Error ? err.message : err);
    await shutdown('failed to start', 1);
  }
}

main().catch((err: unknown) => {
  console.error('[passend] failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
