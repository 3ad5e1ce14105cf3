import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompetenceItem, Score } from '../../../../common/competences.ts';
import { postcodeCentroid } from '../../../../common/geo/postcodes.ts';
import type { Availability, CapacityProfile } from '../../../../common/schemas/capacity.ts';
import { createTestApp, DEMO_PASSWORD, type TestApp, type TestClient } from '../../../test/harness.ts';
import { organisationId, userId } from '../../../test/helpers.ts';
import { rankCandidates, type MatchCandidate, type MatchVacancy, type Ranking } from '../matching/score.ts';
import { CANDIDATES } from './candidates-data.ts';
import { seedDemoWorld } from './seed.ts';

let t: TestApp;
let coach: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as('coach@coaching.passend.test');
});
afterAll(async () => { await t.close(); });

const NAMES = CANDIDATES.map((c) => `${c.client.given_name} ${c.client.family_name}`);
const counts = async () => Object.fromEntries(
  await Promise.all((['clients', 'client_assignments', 'trajectories', 'trajectory_events', 'consents', 'vocational_profile_versions', 'capacity_profile_versions', 'client_availability'] as const)
    .map(async (table) => [table, (await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n])),
);

interface Caseload { id: string; givenName: string; familyName: string; phase: number; status: string }
async function caseload(): Promise<Map<string, Caseload>> {
  const items = (await coach.get('/api/clients')).body.items as Caseload[];
  return new Map(items.map((i) => [`${i.givenName} ${i.familyName}`, i]));
}

/** A candidate as the matching score sees it, read through the API as Jonas. */
async function asCandidate(id: string): Promise<MatchCandidate> {
  const capacity = (await coach.get(`/api/clients/${id}/capacity-profile`)).body as CapacityProfile;
  const availability = (await coach.get(`/api/clients/${id}/availability`)).body as Availability;
  const profile = (await coach.get(`/api/clients/${id}/vocational-profile`)).body;
  return {
    id,
    capacities: capacity.scores,
    gapClosers: capacity.gapClosers,
    maxHoursPerWeek: availability.maxHoursPerWeek,
    availableDays: availability.days,
    availableShifts: availability.shifts,
    home: postcodeCentroid(availability.home.postcode, 'flanders'),
    maxTravelKm: availability.maxTravelKm,
    contracts: availability.contracts,
    excludedEnvironment: availability.excludedEnvironment,
    preferredEnvironment: availability.preferredEnvironment,
    desiredEscoCodes: profile.profile.aspirations.desiredJobs.map((j: { occupation: { code: string } }) => j.occupation.code),
    desiredTasks: (profile.profile.aspirations.desiredTasks as string).split(',').map((s) => s.trim()).filter(Boolean),
  };
}

/** A demo vacancy as the matching score sees it: its site's coordinates, tasks and competence profile. */
async function asVacancy(title: string, site: string): Promise<MatchVacancy> {
  const row = await t.db.selectFrom('vacancies as v').innerJoin('employer_sites as s', 's.id', 'v.site_id')
    .select(['v.id', 's.lat', 's.lon']).where('v.title', '=', title).where('s.name', '=', site).executeTakeFirstOrThrow();
  const v = (await coach.get(`/api/vacancies/${row.id}`)).body;
  const analysis = (await coach.get(`/api/vacancies/${row.id}/job-analysis`)).body;
  const competence = (await coach.get(`/api/vacancies/${row.id}/competence-profile`)).body;
  return {
    id: row.id, escoCode: v.occupation?.code ?? null, hoursPerWeek: v.hoursPerWeek, days: v.scheduleDays, shifts: v.shifts, contract: v.contractKind,
    location: { lat: Number(row.lat), lon: Number(row.lon) }, environment: v.environmentTags ?? [],
    tasks: analysis.tasks.map((task: { task: string }) => task.task), requirements: competence.scores as Partial<Record<CompetenceItem, Score>>,
  };
}

describe('the demo candidates step', () => {
  it("gives Jonas eight more clients in phases 3 and 4, each with a trajectory story, profile, capacity profile and availability", async () => {
    const mine = await caseload();
    for (const [i, name] of NAMES.entries()) {
      const c = mine.get(name);
      expect({ name, status: c?.status }).toEqual({ name, status: 'open' });
      expect([3, 4]).toContain(c!.phase);
      expect(c!.phase).toBe(CANDIDATES[i]!.story.length);
      const trajectory = await t.db.selectFrom('trajectories').select('id').where('client_id', '=', c!.id).executeTakeFirstOrThrow();
      const events = await t.db.selectFrom('trajectory_events').select(['kind', 'to_phase']).where('trajectory_id', '=', trajectory.id).orderBy('at').execute();
      expect(events.map((e) => e.to_phase)).toEqual(Array.from({ length: c!.phase }, (_, n) => n + 1));
      expect(events[0]!.kind).toBe('opened');
      const profile = (await coach.get(`/api/clients/${c!.id}/vocational-profile`)).body;
      expect(profile.version).toBe(1);
      expect(profile.profile.aspirations.desiredJobs.length).toBeGreaterThan(0);
      const capacity = (await coach.get(`/api/clients/${c!.id}/capacity-profile`)).body;
      expect(capacity.version).toBe(1);
      expect(Object.keys(capacity.scores).length).toBeGreaterThanOrEqual(7);
      const availability = (await coach.get(`/api/clients/${c!.id}/availability`)).body;
      expect(availability).toMatchObject({ version: 1, home: { located: true } });
    }
  });

  it('gives Karim a capacity profile and availability, with the travel limit of his profile', async () => {
    const karim = (await caseload()).get('Karim El Amrani')!;
    expect((await coach.get(`/api/clients/${karim.id}/capacity-profile`)).body).toMatchObject({ version: 1, gapClosers: { working_in_noise: 'adaptation' } });
    expect((await coach.get(`/api/clients/${karim.id}/availability`)).body).toMatchObject({ version: 1, maxHoursPerWeek: 24, maxTravelKm: 10, home: { postcode: '9000', located: true } });
  });

  it('shares exactly the consented candidates with Groenhof, for job finding, with their name', async () => {
    const hr = await t.as('hr@employer.passend.test');
    const shared = (await hr.get('/api/clients?purpose=job_finding')).body.items as { id: string; givenName?: string }[];
    const mine = await caseload();
    const consented = CANDIDATES.filter((c) => c.consentDaysAgo !== undefined).map((c) => mine.get(`${c.client.given_name} ${c.client.family_name}`)!.id);
    expect(consented).toHaveLength(2);
    expect(shared.map((s) => s.id).toSorted()).toEqual([...consented, mine.get('Karim El Amrani')!.id].toSorted());
    expect(shared.filter((s) => s.givenName).map((s) => s.givenName).toSorted()).toEqual(['Lies', 'Tom']);
    const consent = await t.db.selectFrom('consents').selectAll().where('client_id', '=', consented[0]!).executeTakeFirstOrThrow();
    expect(consent).toMatchObject({
      recipient_organisation_id: await organisationId(t, 'Groenhof Supermarkten'), categories: ['identity', 'vocational_profile'], purpose: 'job_finding',
      recorded_by: await userId(t, 'coach@coaching.passend.test'), withdrawn_at: null,
    });
    expect((await hr.get(`/api/clients/${consented[0]}/capacity-profile?purpose=job_finding`)).status).toBe(200);
    expect(await hr.get(`/api/clients/${mine.get('Sarah De Clercq')!.id}/capacity-profile?purpose=job_finding`)).toBeProblem(404, 'not_found');
  });

  describe('makes the matching score of the demo vacancies meaningful', () => {
    let ids: Map<string, string>;
    let gent: Ranking;
    let mechelen: Ranking;
    let warehouse: Ranking;
    const name = (id: string) => [...ids].find(([, v]) => v === id)?.[0];
    beforeAll(async () => {
      const mine = await caseload();
      ids = new Map([...mine].filter(([n]) => NAMES.includes(n) || n === 'Karim El Amrani').map(([n, c]) => [n, c.id]));
      const candidates = await Promise.all([...ids.values()].map(asCandidate));
      gent = rankCandidates(await asVacancy('Schappenvuller (deeltijds, vroege dienst)', 'Gent-Zuid'), candidates);
      mechelen = rankCandidates(await asVacancy('Schappenvuller', 'Mechelen'), candidates);
      warehouse = rankCandidates(await asVacancy('Magazijnmedewerker', 'Gent-Zuid'), candidates);
    });

    it('ranks a clean fit first in Gent and shows closable gaps below it', () => {
      expect(name(gent.results[0]!.id)).toBe('Lies Van den Broeck');
      const sarah = gent.results.find((r) => name(r.id) === 'Sarah De Clercq')!;
      expect(sarah.reasons).toContainEqual(expect.objectContaining({ code: 'gap', item: 'standing', significant: true, closableBy: 'adaptation' }));
      const jelle = gent.results.find((r) => name(r.id) === 'Jelle Van Damme')!;
      expect(jelle.reasons).toContainEqual({ code: 'not_stated', constraint: 'hours' });
      expect(jelle.reasons).toContainEqual(expect.objectContaining({ code: 'unassessed' }));
    });

    it('excludes one candidate by hours and one by distance, with the numbers', () => {
      const excluded = new Map(gent.excluded.map((e) => [name(e.id), e.reasons]));
      expect(excluded.get('Yusuf Demir')).toContainEqual(expect.objectContaining({ code: 'conflict', constraint: 'hours', hoursPerWeek: 24, maxHoursPerWeek: 20 }));
      expect(excluded.get('Nathalie Pieters')).toContainEqual(expect.objectContaining({ code: 'conflict', constraint: 'distance', maxKm: 15 }));
      expect(gent.excludedBy.hours).toBeGreaterThanOrEqual(1);
      expect(gent.excludedBy.distance).toBeGreaterThanOrEqual(1);
    });

    it('in Mechelen: a candidate near her travel limit, and one with a flagged contract and an unclosed significant gap', () => {
      const eline = mechelen.results.find((r) => name(r.id) === 'Eline Martens')!;
      expect(eline.reasons).toContainEqual(expect.objectContaining({ code: 'distance_near_limit', maxKm: 25 }));
      const kevin = mechelen.results.find((r) => name(r.id) === 'Kevin Wouters')!;
      expect(kevin.reasons).toContainEqual(expect.objectContaining({ code: 'conflict', effect: 'flag', constraint: 'contract' }));
      expect(kevin.reasons).toContainEqual(expect.objectContaining({ code: 'gap', item: 'working_independently', significant: true, closableBy: null }));
      expect(kevin.components.significantGaps).toBeLessThan(0);
      expect(name(mechelen.results[0]!.id)).toBe('Eline Martens');
    });

    it('ranks the warehouse candidate with closable gaps first for the warehouse job', () => {
      const top = warehouse.results[0]!;
      expect(name(top.id)).toBe('Tom Verstraete');
      expect(top.reasons).toContainEqual(expect.objectContaining({ code: 'gap', item: 'reading', closableBy: 'adaptation' }));
      expect(top.reasons).toContainEqual(expect.objectContaining({ code: 'occupation', level: 'exact' }));
    });
  });

  it('is idempotent: a second run adds nothing', async () => {
    const before = await counts();
    expect(await seedDemoWorld(t.db, DEMO_PASSWORD)).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("adds Karim's parts again when they are missing, and nothing else", async () => {
    const karim = (await caseload()).get('Karim El Amrani')!;
    await t.db.deleteFrom('client_availability').where('client_id', '=', karim.id).execute();
    const before = await counts();
    expect(await seedDemoWorld(t.db, DEMO_PASSWORD)).toBe(true);
    expect(await counts()).toEqual({ ...before, client_availability: before.client_availability + 1 });
    expect((await coach.get(`/api/clients/${karim.id}/availability`)).body.version).toBe(1);
  });
});
