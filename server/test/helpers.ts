import { createServer, type AddressInfo } from 'node:net';
import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import { sha256 } from '../src/access/session.ts';
import type { DB } from '../src/db/types.ts';
import { createApp } from '../src/app.ts';
import { createDatabase } from '../src/db/connection.ts';
import type { Config } from '../src/env.ts';
import { TestClient, type TestApp, type TestResponse } from './harness.ts';

/** The id of a seeded (or invited) person, by email. */
export async function userId(t: TestApp, email: string): Promise<string> {
  const row = await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return row.id;
}

/** The id of a seeded branch, by name. */
export async function branchId(t: TestApp, name: string): Promise<string> {
  const row = await t.db.selectFrom('branches').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export async function organisationId(t: TestApp, name: string): Promise<string> {
  const row = await t.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

/** Every message queued for one address, oldest first. */
export async function mailsTo(t: TestApp, email: string) {
  return t.db
    .selectFrom('outbox_emails')
    .select(['subject', 'body_text', 'organisation_id', 'created_at'])
    .where('to_address', '=', email)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The token in the link of the newest message to `email` (reset or invitation). */
export async function mailedToken(t: TestApp, email: string): Promise<string> {
  const mails = await mailsTo(t, email);
  const body = mails.at(-1)?.body_text ?? '';
  const token = /[?&]token=([\w-]+)/.exec(body)?.[1];
  if (!token) throw new Error(`no token mailed to ${email}: ${body}`);
  return token;
}

/** Audit rows, newest first, for one action. */
export async function auditRows(t: TestApp, action: string) {
  return t.db
    .selectFrom('audit_log')
    .select(['id', 'organisation_id', 'actor_user_id', 'action', 'entity', 'entity_id', 'details'])
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .execute();
}

/** A request with exactly these cookies and headers: no CSRF help, for the refusals. */
export async function rawRequest(
  t: TestApp,
  method: string,
  path: string,
  opts: { cookies?: Record<string, string | undefined>; headers?: Record<string, string>; body?: string } = {},
): Promise<TestResponse> {
  const cookie = Object.entries(opts.cookies ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  const res = await t.app.request(path, {
    method,
    body: opts.body,
    headers: { ...(cookie ? { cookie } : {}), ...opts.headers },
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body };
}

/** The session cookie of a client, for replaying it after it should have ended. */
export function sessionOf(c: TestClient): string {
  const value = c.cookie('passend_session');
  if (!value) throw new Error('client has no session cookie');
  return value;
}

/** GET /api/me with just this session cookie. */
export const meWith = (t: TestApp, session: string) => rawRequest(t, 'GET', '/api/me', { cookies: { passend_session: session } });

declare module 'vitest' {
  interface Matchers<T = any> {
    /** A problem-details answer (application/problem+json) with this status and code. */
    toBeProblem: (status: number, code: string) => T;
  }
}

expect.extend({
  toBeProblem(res: TestResponse, status: number, code: string) {
    const actual = { status: res.status, code: res.body?.code, contentType: res.headers.get('content-type')?.split(';')[0] };
    const expected = { status, code, contentType: 'application/problem+json' };
    return {
      pass: actual.status === status && actual.code === code && actual.contentType === expected.contentType,
      message: () => `expected a ${status} ${code} problem, got ${JSON.stringify(actual)}: ${JSON.stringify(res.body)}`,
      actual,
      expected,
    };
  },
});

/** The app on a database nobody listens to: PostgreSQL down. */
export async function appWithUnreachableDatabase(config: Config) {
  const db = createDatabase(`postgres://passend:secret@127.0.0.1:${await closedPort()}/passend`, 2);
  return { client: new TestClient(createApp(config, db)), close: () => db.destroy() };
}

/** Moves a session's clock: idle since, or expiring at, `interval` from now (e.g. '-3 hours'). */
export async function ageSession(t: TestApp, session: string, column: 'last_seen_at' | 'expires_at', interval: string) {
  const idHash = sha256(session);
  await t.db
    .updateTable('sessions')
    .set({ [column]: sql<Date>`now() + ${interval}::interval` })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function sessionCount(t: TestApp, email: string): Promise<number> {
  const row = await t.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('u.email', '=', email)
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Runs `request` while another connection holds an uncommitted insert made by `hold`, and
 * commits that insert once the request waits on it: the request's own "does it exist?" check
 * saw nothing, so this is the lost race of two simultaneous requests, made deterministic.
 */
export async function raceAgainst<T>(t: TestApp, hold: (trx: Kysely<DB>) => Promise<unknown>, request: () => Promise<T>): Promise<T> {
  const trx = await t.db.startTransaction().execute();
  try {
    await hold(trx);
    const pending = request();
    for (let i = 0; i < 200; i++) {
      const waiting = await t.db.selectFrom('pg_locks' as never).select(sql<number>`count(*)::int`.as('n')).where(sql<boolean>`NOT granted`).executeTakeFirstOrThrow();
      if ((waiting as { n: number }).n > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await trx.commit().execute();
    return await pending;
  } catch (err) {
    await trx.rollback().execute().catch(() => {});
    throw err;
  }
}

/** A TCP port on which nothing listens (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
