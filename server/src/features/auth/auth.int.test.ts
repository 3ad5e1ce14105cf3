import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('sign-in', () => {
  it('signs in a demo account and returns who they are', async () => {
    const c = t.client();
    const res = await c.login('coach@coaching.passend.test');
    expect(res.body.email).toBe('coach@coaching.passend.test');
    expect(res.body.roles).toEqual(['coach']);
    const me = await c.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.organisation.kind).toBe('coaching');
  });
});
