import { startEmbedded, type EmbeddedServer } from './db/embedded.ts';
import { loadConfig } from './env.ts';
import { startServer, type RunningServer } from './server.ts';

const DATABASE_NAME = 'passend';

async function main() {
  const config = loadConfig();
  let embedded: EmbeddedServer | undefined;
  let running: RunningServer | undefined;
  let stopping = false;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[passend] ${signal}: stopping`);
    try {
      await running?.close();
      await embedded?.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let connectionString = config.databaseUrl;
  if (!connectionString) {
    console.log(`[db] starting the embedded PostgreSQL (data in ${config.dataDir})`);
    embedded = await startEmbedded({
      dataDir: `${config.dataDir}/pg`,
      port: config.embeddedPgPort,
      database: DATABASE_NAME,
      log: (l) => { if (/FATAL|PANIC|ERROR|stopping|stale|recovery|initialising|did not start|still using/i.test(l)) console.log(`[pg] ${l}`); },
    });
    connectionString = embedded.connectionString(DATABASE_NAME);
  }
  running = await startServer(config, connectionString);
  console.log(`[passend] listening on ${running.url}${config.demoMode ? ` (demo mode: sign in with password "${config.demoPassword}")` : ''}`);
}

main().catch((err) => {
  console.error('[passend] failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
