import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { appWithUnreachableDatabase } from '../../../test/helpers.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('GET /api/health', () => {
  it('answers 200 with a reachable database', async () => {
    const res = await t.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'reachable' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  describe('with an unreachable database', () => {
    let down: Awaited<ReturnType<typeof appWithUnreachableDatabase>>;
    beforeAll(async () => { down = await appWithUnreachableDatabase(t.config); });
    afterAll(async () => { await down.close(); });

    it('answers 503 from the health check', async () => {
      const res = await down.client.get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'unavailable', database: 'unreachable' });
    });

    it('answers 503 problem details, not 500, on other routes', async () => {
      const me = await down.client.get('/api/me', { cookie: 'passend_session=some-session' });
      expect(me).toBeProblem(503, 'service_unavailable');
      expect(me.headers.get('retry-after')).toBe('5');
      const login = await down.client.post('/api/auth/login', { email: 'coach@coaching.passend.test', password: 'passend-demo' });
      expect(login).toBeProblem(503, 'service_unavailable');
    });
  });
});
