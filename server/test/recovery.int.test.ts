import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedConnectionString } from '../src/db/embedded.ts';
import { processesIn } from '../src/db/postmaster.ts';

/*
 * The real server in a child process, with its own embedded PostgreSQL, killed the hard way.
 * Requirement: after kill -9 of the app, of its PostgreSQL or of both, the next start comes
 * up by itself with every acknowledged write; Ctrl-C stops PostgreSQL cleanly.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const external = Boolean(process.env.DATABASE_URL);
const COACH = 'coach@coaching.passend.test';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface App {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let dataDir = '';
let pgDir = '';
let port = 0;
let pgPort = 0;
const started: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** Node with tsx as a loader, not the tsx CLI: the CLI forks, and its pid is not the server's. */
function spawnApp(extraEnv: Record<string, string> = {}): App {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DEMO_MODE: 'true', ...extraEnv };
  delete env.DATABASE_URL;
  // Its own process group, like a terminal job: a group signal is Ctrl-C, and cleanup is one kill.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => out, exited };
}

async function startApp(): Promise<App> {
  const app = spawnApp();
  let gone = false;
  void app.exited.then(() => (gone = true));
  for (const end = Date.now() + 45_000; Date.now() < end; await sleep(100)) {
    if (gone) throw new Error(`the server exited while starting:\n${app.output()}`);
    const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
    if (res?.status === 200) return app;
  }
  throw new Error(`the server did not become healthy:\n${app.output()}`);
}

async function exitWithin(app: App, ms: number) {
  const timeout = sleep(ms).then(() => undefined);
  const result = await Promise.race([app.exited, timeout]);
  if (!result) throw new Error(`the server did not exit within ${ms} ms:\n${app.output()}`);
  return result;
}

const postmasterPid = () => Number(readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
const kill9 = (pid: number) => process.kill(pid, 'SIGKILL');

/** A browser-like session: cookie jar plus the CSRF header the web app sends. */
class Session {
  private jar = new Map<string, string>();
  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers, cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (method !== 'GET') h['x-csrf-token'] = this.jar.get('passend_csrf') ?? '';
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(`http://127.0.0.1:${port}${url}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const set of res.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const eq = pair.indexOf('=');
      this.jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return { status: res.status, etag: res.headers.get('etag'), body: (await res.json().catch(() => undefined)) as Record<string, unknown> };
  }
  async login() {
    await this.request('GET', '/api/auth/csrf');
    const res = await this.request('POST', '/api/auth/login', { email: COACH, password: 'passend-demo' });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Commits numbered rows one by one until told to stop; returns the numbers PostgreSQL acknowledged. */
function writeUntilKilled(): { acknowledged: number[]; stop: () => Promise<void> } {
  const acknowledged: number[] = [];
  const stopped = new AbortController();
  const done = (async () => {
    const client = new pg.Client({ connectionString: embeddedConnectionString(pgPort, 'passend') });
    client.on('error', () => {});
    await client.connect();
    await client.query('CREATE TABLE IF NOT EXISTS recovery_probe (n integer PRIMARY KEY)');
    for (let n = (await client.query<{ n: number }>('SELECT coalesce(max(n), 0) AS n FROM recovery_probe')).rows[0]!.n + 1; !stopped.signal.aborted; n++) {
      try {
        await client.query('INSERT INTO recovery_probe (n) VALUES ($1)', [n]);
        acknowledged.push(n);
      } catch {
        break; // the server went away mid-statement: that row was never acknowledged
      }
    }
    await client.end().catch(() => {});
  })();
  return {
    acknowledged,
    stop: async () => {
      stopped.abort();
      await done;
    },
  };
}

async function waitFor(what: string, done: () => boolean) {
  for (const end = Date.now() + 10_000; !done(); await sleep(10)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

async function expectRowsBack(acknowledged: number[]) {
  const client = new pg.Client({ connectionString: embeddedConnectionString(pgPort, 'passend') });
  await client.connect();
  const { rows } = await client.query<{ n: number }>('SELECT n FROM recovery_probe');
  await client.end();
  const present = new Set(rows.map((r) => r.n));
  expect(acknowledged.filter((n) => !present.has(n))).toEqual([]);
}

/** PostgreSQL processes working in the cluster directory (none when it does not exist). */
function pgProcesses(): number[] {
  try {
    return processesIn(realpathSync(pgDir));
  } catch {
    return [];
  }
}

function killEverything() {
  for (const child of started) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const pid of pgProcesses()) {
    try {
      kill9(pid);
    } catch {
      // ended meanwhile
    }
  }
}

const skipReason = external ? ' (skipped: DATABASE_URL is set, and this is about the embedded server)' : '';

describe.skipIf(external)(`embedded PostgreSQL recovery${skipReason}`, () => {
  let app: App;
  const session = new Session();

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'passend-recovery-'));
    await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach it
    pgDir = path.join(dataDir, 'pg');
    [port, pgPort] = [await freePort(), await freePort()];
    process.on('exit', killEverything);
    app = await startApp();
    await session.login();
  }, 60_000);

  afterAll(async () => {
    killEverything();
    for (const end = Date.now() + 10_000; pgProcesses().length > 0 && Date.now() < end; ) await sleep(100);
    process.off('exit', killEverything);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 20_000);

  it('kill -9 of the app: the restarted app has every acknowledged change, and the session', async () => {
    let acked = 0;
    let inFlight = 0;
    let version = Number((await session.request('GET', '/api/me')).body.version);
    const writing = (async () => {
      for (let i = 1; ; i++) {
        inFlight = i;
        const res = await session.request('PATCH', '/api/me', { name: `Recovery ${i}` }, { 'if-match': `"${version}"` }).catch(() => undefined);
        if (res?.status !== 200) return;
        version = Number(res.body.version);
        acked = i;
      }
    })();
    await waitFor('20 acknowledged changes', () => acked >= 20);
    kill9(app.child.pid!);
    await writing;
    await exitWithin(app, 5_000);

    app = await startApp();
    const me = await session.request('GET', '/api/me');
    expect(me.status).toBe(200);
    // the request in flight at the kill may have committed without its answer reaching us
    expect([`Recovery ${acked}`, `Recovery ${inFlight}`]).toContain(me.body.name);
  }, 60_000);

  it('kill -9 of PostgreSQL: the app exits by itself, and the restart replays the WAL', async () => {
    const writer = writeUntilKilled();
    await waitFor('200 acknowledged writes', () => writer.acknowledged.length >= 200);
    kill9(postmasterPid());
    expect((await exitWithin(app, 10_000)).code).toBe(1);
    await writer.stop();
    app = await startApp();
    await expectRowsBack(writer.acknowledged);
  }, 60_000);

  it('kill -9 of both at once: the next start waits for the old processes and recovers', async () => {
    const writer = writeUntilKilled();
    await waitFor('200 acknowledged writes', () => writer.acknowledged.length >= 200);
    kill9(postmasterPid());
    kill9(app.child.pid!);
    await writer.stop();
    await exitWithin(app, 5_000);
    app = await startApp();
    await expectRowsBack(writer.acknowledged);
  }, 60_000);

  it('a second server on the same data directory refuses to start and leaves the first alone', async () => {
    const second = spawnApp({ PORT: String(await freePort()) });
    expect((await exitWithin(second, 30_000)).code).toBe(1);
    expect(second.output()).toMatch(/still running/);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
  }, 60_000);

  it('SIGTERM to the app alone stops it and its PostgreSQL cleanly', async () => {
    app.child.kill('SIGTERM');
    expect(await exitWithin(app, 10_000)).toEqual({ code: 0, signal: null });
    expect(pgProcesses()).toEqual([]);
    app = await startApp();
    expect(app.output()).not.toMatch(/not properly shut down/);
  }, 60_000);

  it('Ctrl-C (SIGINT to the process group) exits with 0 within seconds and leaves no PostgreSQL running', async () => {
    const me = await session.request('GET', '/api/me');
    expect(me.status).toBe(200);
    process.kill(-app.child.pid!, 'SIGINT');
    expect(await exitWithin(app, 5_000)).toEqual({ code: 0, signal: null });
    expect(pgProcesses()).toEqual([]);
  }, 30_000);
});
