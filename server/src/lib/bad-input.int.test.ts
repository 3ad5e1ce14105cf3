import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../app.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { branchId, userId } from '../../test/helpers.ts';

let t: TestApp;
let admin: TestClient;
/** Client dossier writes are refused to an administrator by policy (403 before validation): a coach sends those. */
let coach: TestClient;
let ops: { method: string; path: string; schema: Schema }[] = [];

interface Schema { $ref?: string; type?: string; properties?: Record<string, Schema> }

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin@coaching.passend.test');
  coach = await t.as('coach@coaching.passend.test');
  const spec = (await t.client().get('/api/openapi.json')).body as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema: Schema }> } }>>;
    components: { schemas: Record<string, Schema> };
  };
  const resolve = (s: Schema): Schema => (s.$ref ? spec.components.schemas[s.$ref.split('/').at(-1)!]! : s);
  const ids = { user: await userId(t, 'coach2@coaching.passend.test'), branch: await branchId(t, 'Kantoor Gent') };
  ops = Object.entries(spec.paths).flatMap(([p, byMethod]) =>
    Object.entries(byMethod).flatMap(([method, op]) => {
      const json = op.requestBody?.content?.['application/json'];
      if (!json) return [];
      const real = p.replace('{id}', p.startsWith('/api/branches') ? ids.branch : ids.user)
        // other path parameters (a contact of a client…) only need to be well-formed: validation comes first
        .replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
      return [{ method: method.toUpperCase(), path: real, schema: resolve(json.schema) }];
    }),
  );
  if (ops.length < 10) throw new Error(`only ${ops.length} operations with a JSON body found in the OpenAPI document`);
});
afterAll(async () => { await t.close(); });

/** A value of the wrong JSON type for each declared property. */
function wrongTypes(schema: Schema): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, p]) => [name, p.type === 'string' ? 12345 : p.type === 'array' ? 'not a list' : 'not this type']),
  );
}

const send = (method: string, p: string, body: string, headers: Record<string, string> = {}) =>
  (['/api/clients', '/api/vacancies', '/api/employers', '/api/placements'].some((prefix) => p.startsWith(prefix)) ? coach : admin).request(method, p, body, { 'if-match': '"1"', ...headers });

describe('every JSON body of the API refuses bad input with a 4xx', () => {
  it('finds the operations in the OpenAPI document', () => {
    expect(ops.map((o) => `${o.method} ${o.path.replace(/[0-9a-f-]{36}/, '{id}')}`)).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'PATCH /api/me', 'POST /api/admin/users', 'PUT /api/admin/users/{id}/roles', 'PUT /api/branches/{id}']),
    );
    expect(ops.length).toBeGreaterThanOrEqual(10);
    for (const o of ops) expect(Object.keys(o.schema.properties ?? {}).length).toBeGreaterThan(0);
  });

  it('malformed JSON → 400 malformed_json', async () => {
    for (const o of ops) {
      for (const body of ['{"name": ', '{name: 1}', "{'a': 1}", '{"a":1}}', 'nul']) {
        const res = await send(o.method, o.path, body);
        expect({ op: `${o.method} ${o.path}`, body, status: res.status, code: res.body?.code }).toEqual({ op: `${o.method} ${o.path}`, body, status: 400, code: 'malformed_json' });
      }
    }
  });

  it('a JSON array, null, a string or a number → 400 validation with errors', async () => {
    for (const o of ops) {
      for (const body of ['[]', '[{}]', 'null', '"text"', '42']) {
        const res = await send(o.method, o.path, body);
        expect({ op: `${o.method} ${o.path}`, body, status: res.status, code: res.body?.code }).toEqual({ op: `${o.method} ${o.path}`, body, status: 400, code: 'validation' });
        expect(res.body.errors.length).toBeGreaterThan(0);
      }
    }
  });

  it('wrong types → 400 validation naming the fields', async () => {
    for (const o of ops) {
      const body = wrongTypes(o.schema);
      const res = await send(o.method, o.path, JSON.stringify(body));
      expect({ op: `${o.method} ${o.path}`, status: res.status, code: res.body?.code }).toEqual({ op: `${o.method} ${o.path}`, status: 400, code: 'validation' });
      const paths = res.body.errors.map((e: { path: string }) => e.path.split('.')[0]);
      expect(paths.toSorted()).toEqual(Object.keys(body).toSorted());
    }
  });

  it('an unknown extra field → 400 naming it', async () => {
    for (const o of ops) {
      const res = await send(o.method, o.path, JSON.stringify({ unexpectedField: true }));
      expect({ op: `${o.method} ${o.path}`, status: res.status }).toEqual({ op: `${o.method} ${o.path}`, status: 400 });
      expect(JSON.stringify(res.body.errors)).toContain('unexpectedField');
    }
  });

  it('a body over 1 MiB → 413 payload_too_large', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES) });
    for (const o of ops) {
      const res = await send(o.method, o.path, huge);
      expect({ op: `${o.method} ${o.path}`, status: res.status, code: res.body?.code }).toEqual({ op: `${o.method} ${o.path}`, status: 413, code: 'payload_too_large' });
      const declared = await send(o.method, o.path, huge, { 'content-length': String(Buffer.byteLength(huge)) });
      expect({ op: `${o.method} ${o.path}`, status: declared.status }).toEqual({ op: `${o.method} ${o.path}`, status: 413 });
    }
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'text/html; charset=utf-8'])('content type %s → 415', async (type) => {
    for (const o of ops) {
      const res = await send(o.method, o.path, '{}', { 'content-type': type });
      expect({ op: `${o.method} ${o.path}`, status: res.status, code: res.body?.code }).toEqual({ op: `${o.method} ${o.path}`, status: 415, code: 'unsupported_media_type' });
    }
  });
});

describe('paths and query strings', () => {
  it.each([
    ['PUT', '/api/branches/not-a-uuid', { name: 'X' }],
    ['PUT', "/api/branches/1' OR '1'='1", { name: 'X' }],
    ['PUT', '/api/admin/users/123/roles', { roles: [{ role: 'coach' }] }],
    ['POST', '/api/admin/users/00000000-0000-0000-0000-00000000000g/deactivate', {}],
    ['POST', '/api/admin/users/%00/reactivate', {}],
  ])('%s %s (invalid id) → 400', async (method, p, body) => {
    const res = await admin.request(method, p, body, { 'if-match': '"1"' });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors[0].path).toBe('id');
  });

  it.each([
    ['GET', '/api/nope'],
    ['GET', '/api/admin/users/extra/deep/path'],
    ['POST', '/api/nope'],
    ['DELETE', '/api/branches/00000000-0000-4000-8000-000000000000'],
    ['GET', '/api/'],
  ])('%s %s (unknown route) → 404 problem+json', async (method, p) => {
    expect(await admin.request(method, p, method === 'GET' ? undefined : {})).toBeProblem(404, 'not_found');
  });

  it.each([
    'limit=abc', 'limit=0', 'limit=201', 'limit=1.5', 'limit=1&limit=2', 'before=-1', 'before=abc', 'before=1e300',
    'before=99999999999999999999', 'actor=not-a-uuid', 'actor=', 'from=yesterday', 'from=2024-02-30', 'to=2024-13-01',
    'from=0000-01-01', 'to=0000-01-01', `action=${'a'.repeat(101)}`, 'entity=x&entity=y',
  ])('GET /api/audit?%s → 400', async (query) => {
    expect(await admin.get(`/api/audit?${query}`)).toBeProblem(400, 'validation');
  });

  it('GET /api/audit ignores unknown query parameters', async () => {
    expect((await admin.get('/api/audit?unknown=1')).status).toBe(200);
  });
});

function expectSecurityHeaders(h: Headers) {
  expect(h.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(h.get('content-security-policy')).toContain("default-src 'self'");
  expect(h.get('x-content-type-options')).toBe('nosniff');
  expect(h.get('x-frame-options')).toBe('DENY');
  expect(h.get('referrer-policy')).toBe('same-origin');
}

describe('security headers', () => {
  it('on API answers, errors included', async () => {
    expectSecurityHeaders((await t.client().get('/api/health')).headers);
    expectSecurityHeaders((await t.client().get('/api/me')).headers);
    expectSecurityHeaders((await admin.get('/api/nope')).headers);
  });

  it('on the web app and its client-side routes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'passend-web-'));
    try {
      await mkdir(path.join(dir, 'assets'));
      await writeFile(path.join(dir, 'index.html'), '<!doctype html><html lang="nl"><title>Passend</title></html>');
      await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
      const web = await createTestApp({ webDistDir: dir });
      try {
        for (const p of ['/', '/admin/users', '/assets/app.js']) {
          const res = await web.app.request(p);
          expect({ p, status: res.status }).toEqual({ p, status: 200 });
          expectSecurityHeaders(res.headers);
        }
        expect(await (await web.app.request('/admin/users')).text()).toContain('<title>Passend</title>');
      } finally {
        await web.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('even when the web app is not built', async () => {
    const res = await t.app.request('/');
    expectSecurityHeaders(res.headers);
  });
});
