import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp, type TestClient } from '../../../test/harness.ts';
import { userId } from '../../../test/helpers.ts';
import { fetchPdf } from '../../../test/pdf-text.ts';
import { seedDemoWorld } from './seed.ts';

const COACH = 'coach@coaching.passend.test';
const EMPLOYER = 'hr@employer.passend.test';
const CLIENT_ACCOUNT = 'client@client.passend.test';

let t: TestApp;
let coach: TestClient;
let karim = '';
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
  karim = (await t.db.selectFrom('clients').select('id').where('user_id', '=', await userId(t, CLIENT_ACCOUNT)).executeTakeFirstOrThrow()).id;
});
afterAll(async () => { await t.close(); });

const TABLES = [
  'vocational_profiles', 'vocational_profile_versions', 'vocational_profile_health_versions', 'vocational_profile_benefit_versions', 'action_plans', 'audit_log',
] as const;
const counts = async () => Object.fromEntries(
  await Promise.all(TABLES.map(async (table) => [table, Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)])),
);

/** Every value filled: a non-empty string or list, a number, or an object whose every value is filled. */
function unfilled(value: unknown, path: string): string[] {
  if (value === null || value === undefined || value === '') return [path];
  if (Array.isArray(value)) return value.length === 0 ? [path] : [];
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => unfilled(v, `${path}.${k}`));
  return [];
}

describe('the demo profile step', () => {
  it('gives Karim a vocational profile with every section filled, health and benefits included, saved by Jonas', async () => {
    const res = await coach.get(`/api/clients/${karim}/vocational-profile`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ clientId: karim, version: 1, updatedBy: { id: await userId(t, COACH), name: 'Jonas Peeters' }, categories: ['vocational_profile', 'health', 'benefits'] });
    const { profile, health, benefits } = res.body;
    // Every section of the form; within the rows, the optional columns may stay empty.
    expect(unfilled({ ...profile, aspirations: { ...profile.aspirations, desiredJobs: profile.aspirations.desiredJobs.length } }, 'profile')).toEqual([]);
    expect(unfilled(health, 'health')).toEqual([]);
    expect(benefits.rows.length).toBeGreaterThan(0);
    expect(benefits.rows[0]).toMatchObject({ kind: expect.stringContaining('IVT'), amount: expect.any(Number), frequency: 'monthly' });
    expect(profile.otherQualifications.map((q: { name: string }) => q.name)).toEqual(['Rijbewijs B', 'Attest heftruckbestuurder']);
    expect(profile.education[0].diploma).toContain('opleidingsvorm 3');
    expect(health.description).toContain('verstandelijke beperking');
  });

  it('codes every job with ESCO as stored, with ESCO’s own code and label', async () => {
    const { profile } = (await coach.get(`/api/clients/${karim}/vocational-profile`)).body;
    const refs = [
      ...profile.workExperience.map((w: { occupation: unknown }) => w.occupation),
      ...profile.aspirations.desiredJobs.map((j: { occupation: unknown }) => j.occupation),
    ] as { uri: string; code: string; preferredLabel: string }[];
    expect(refs.length).toBeGreaterThanOrEqual(4);
    const esco = await t.db.selectFrom('esco_occupations').select(['uri', 'code', 'preferred_label']).where('uri', 'in', refs.map((r) => r.uri)).execute();
    const byUri = new Map(esco.map((e) => [e.uri, e]));
    for (const r of refs) expect(r).toEqual({ uri: r.uri, code: byUri.get(r.uri)?.code, preferredLabel: byUri.get(r.uri)?.preferred_label });
    expect(profile.aspirations.desiredJobs.map((j: { occupation: { preferredLabel: string } }) => j.occupation.preferredLabel)).toContain('schappenvuller');
  });

  it('shows the demo employer, looking for work, the vocational profile only: no health, no benefits, no name', async () => {
    const hr = await t.as(EMPLOYER);
    expect(await hr.get(`/api/clients/${karim}/vocational-profile`)).toBeProblem(404, 'not_found');
    const res = await hr.get(`/api/clients/${karim}/vocational-profile?purpose=job_finding`);
    expect(res.status).toBe(200);
    expect(res.body.categories).toEqual(['vocational_profile']);
    expect(res.body.profile.workExperience).toHaveLength(3);
    expect(res.body).not.toHaveProperty('health');
    expect(res.body).not.toHaveProperty('benefits');
    const text = JSON.stringify(res.body.profile);
    for (const hidden of ['Karim', 'El Amrani', 'verstandelijke beperking', 'tegemoetkoming']) expect(text).not.toContain(hidden);
  });

  it('gives Karim an action plan agreed by him and by Jonas, with a follow-up date ahead', async () => {
    for (const viewer of [coach, await t.as(CLIENT_ACCOUNT)]) {
      const res = await viewer.get(`/api/clients/${karim}/action-plans`);
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      const [plan] = res.body.items;
      expect(plan).toMatchObject({
        number: 1, status: 'agreed', providerName: 'Jonas Peeters',
        agreements: {
          client: { name: 'Karim El Amrani', by: await userId(t, CLIENT_ACCOUNT), signed: false, at: expect.any(String) },
          coach: { name: 'Jonas Peeters', by: await userId(t, COACH), signed: false, at: expect.any(String) },
        },
      });
      expect(plan.items.length).toBeGreaterThanOrEqual(4);
      expect(plan.items.length).toBeLessThanOrEqual(5);
      for (const item of plan.items) expect(item).toMatchObject({ id: expect.any(String), what: expect.any(String), how: expect.any(String), when: expect.any(String) });
      expect(new Set(plan.items.map((i: { status: string }) => i.status))).toEqual(new Set(['done', 'in_progress', 'open']));
      const today = new Date().toISOString().slice(0, 10);
      expect(plan.planDate <= today).toBe(true);
      expect(plan.followUpDate > today).toBe(true);
    }
  });

  it('prints the action plan and the profile as PDF', async () => {
    const [plan] = (await coach.get(`/api/clients/${karim}/action-plans`)).body.items;
    const session = coach.cookie('passend_session');
    const planPdf = await fetchPdf(t.app, session, `/api/clients/${karim}/action-plans/${plan.id}.pdf`);
    expect(planPdf.status).toBe(200);
    const planText = await planPdf.text();
    for (const s of ['Karim El Amrani', 'Jonas Peeters', 'Kennismaking en proefdag bij Groenhof Gent-Zuid']) expect(planText).toContain(s);
    const profilePdf = await fetchPdf(t.app, session, `/api/clients/${karim}/vocational-profile.pdf`);
    expect(profilePdf.status).toBe(200);
    expect(await profilePdf.text()).toContain('Attest heftruckbestuurder');
  });

  it('is idempotent: a second run adds nothing', async () => {
    const before = await counts();
    expect(await seedDemoWorld(t.db, DEMO_PASSWORD)).toBe(false);
    expect(await seedDemoWorld(t.db, DEMO_PASSWORD)).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('adds a missing part only: the action plan to a database that has the profile', async () => {
    await t.db.deleteFrom('action_plans').where('client_id', '=', karim).execute();
    const before = await counts();
    expect(await seedDemoWorld(t.db, DEMO_PASSWORD)).toBe(true);
    const after = await counts();
    expect(after).toMatchObject({ vocational_profiles: before.vocational_profiles, vocational_profile_versions: before.vocational_profile_versions, action_plans: before.action_plans! + 1 });
    expect((await coach.get(`/api/clients/${karim}/vocational-profile`)).body.version).toBe(1);
  });
});
