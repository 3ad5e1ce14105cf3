import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPETENCE_ITEM_KEYS } from '../../../../common/competences.ts';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/harness.ts';
import { seedDemoWorld } from './seed.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('the demo vacancies step', () => {
  it('gives Groenhof open vacancies at its sites, each with a job analysis and a competence profile on the catalogue', async () => {
    const coach = await t.as('coach@coaching.passend.test');
    const { items } = (await coach.get('/api/vacancies?status=open')).body as { items: { id: string; title: string; site: { name: string } | null; occupation: { code: string } | null }[] };
    const groenhof = items.filter((v) => v.site?.name === 'Gent-Zuid' || v.site?.name === 'Mechelen');
    expect(groenhof.length).toBeGreaterThanOrEqual(2);
    expect(groenhof.map((v) => v.occupation?.code)).toEqual(expect.arrayContaining(['9334.1', '9333.8']));
    for (const v of groenhof) {
      // Matching: the work place's environment and location.
      const full = (await coach.get(`/api/vacancies/${v.id}`)).body;
      expect(full.environmentTags.length).toBeGreaterThan(0);
      expect(full.located).toBe(true);
      const analysis = (await coach.get(`/api/vacancies/${v.id}/job-analysis`)).body;
      expect(analysis.version).toBe(1);
      expect(analysis.tasks.length).toBeGreaterThan(0);
      expect(analysis.naturalSupport).not.toBe('');
      const profile = (await coach.get(`/api/vacancies/${v.id}/competence-profile`)).body;
      expect(Object.keys(profile.scores).length).toBeGreaterThan(5);
      for (const key of Object.keys(profile.scores)) expect(COMPETENCE_ITEM_KEYS).toContain(key);
    }
    // The employer organisation reads them too.
    const hr = await t.as('hr@employer.passend.test');
    expect((await hr.get('/api/vacancies')).body.items.map((v: { id: string }) => v.id)).toEqual(expect.arrayContaining(groenhof.map((v) => v.id)));
  });

  it('is idempotent', async () => {
    const count = async () => Number((await t.db.selectFrom('vacancies').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    await seedDemoWorld(t.db, DEMO_PASSWORD);
    expect(await count()).toBe(before);
  });
});
