import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_CATEGORIES, type ConsentPurpose, type DataCategory } from '../../../common/consent.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { organisationId, sessionOf, userId } from '../../test/helpers.ts';
import type { Actor } from './actor.ts';
import { loadActor } from './session.ts';

/**
 * THE CONSENT TABLE: who sees which category of a client's dossier in which consent state.
 * Caller kind × data category × consent state → seen or 404, through the dossier route
 * (GET /api/clients/{id}?purpose=…, which goes through readClient) with the caller's real
 * session, the client row unchanged, and an audit row for every outside read.
 */

let t: TestApp;
let clientId = '';
let clientRow: unknown;
const PURPOSE: ConsentPurpose = 'job_finding';

const CALLERS = {
  'employer HR': 'hr@employer.passend.test',
  'employer supervisor': 'supervisor@employer.passend.test',
  'intermediary coach': 'coach@partner.passend.test',
  "another coaching organisation's coach": 'coach@maas.passend.test',
  'a coach of the same organisation, not assigned': 'coach2@coaching.passend.test',
} as const;
type CallerKind = keyof typeof CALLERS;
const actors = new Map<string, Actor>();
const clients = new Map<string, TestClient>();
const IP = '198.51.100.9';

/** The consent row of each state, for the caller; undefined: no consent at all. */
type ConsentState = 'none' | 'active' | 'active for them personally' | 'expired' | 'not yet valid' | 'withdrawn'
  | 'other purpose' | 'other recipient' | 'for a colleague personally' | 'other category';
type Answer = 'seen' | '404' | 'other categories only';
const ANSWER: Record<ConsentState, Answer> = {
  none: '404',
  active: 'seen',
  'active for them personally': 'seen',
  expired: '404',
  'not yet valid': '404',
  withdrawn: '404',
  'other purpose': '404',
  'other recipient': '404',
  'for a colleague personally': '404',
  'other category': 'other categories only',
};
const STATES: ConsentState[] = ['none', 'active', 'active for them personally', 'expired', 'not yet valid', 'withdrawn', 'other purpose', 'other recipient', 'for a colleague personally', 'other category'];

const otherCategory = (c: DataCategory): DataCategory => (c === 'identity' ? 'notes' : 'identity');

async function consentFor(state: ConsentState, caller: Actor, category: DataCategory, ids: { coach: string; colleague: Record<string, string>; otherOrg: Record<string, string> }) {
  if (state === 'none') return;
  const row = {
    organisation_id: await orgOf('Jobcoaching Schelde'),
    client_id: clientId,
    recipient_organisation_id: caller.organisationId as string | null,
    recipient_user_id: null as string | null,
    categories: [category],
    purpose: PURPOSE as string,
    valid_from: sql<string>`current_date - 10`,
    valid_until: null as unknown,
    method: 'written' as const,
    recorded_by: ids.coach,
    recorded_at: new Date(),
    withdrawn_at: null as Date | null,
  };
  if (state === 'active for them personally') Object.assign(row, { recipient_organisation_id: null, recipient_user_id: caller.userId });
  if (state === 'expired') Object.assign(row, { valid_from: sql<string>`current_date - 30`, valid_until: sql<string>`current_date - 1` });
  if (state === 'not yet valid') Object.assign(row, { valid_from: sql<string>`current_date + 1` });
  if (state === 'withdrawn') Object.assign(row, { withdrawn_at: new Date(Date.now() - 60_000) });
  if (state === 'other purpose') Object.assign(row, { purpose: 'job_support' });
  if (state === 'other recipient') Object.assign(row, { recipient_organisation_id: ids.otherOrg[caller.email] });
  if (state === 'for a colleague personally') Object.assign(row, { recipient_organisation_id: null, recipient_user_id: ids.colleague[caller.email] });
  if (state === 'other category') Object.assign(row, { categories: [otherCategory(category)] });
  await t.db.insertInto('consents').values(row as never).execute();
}

const orgIds = new Map<string, string>();
async function orgOf(name: string) {
  if (!orgIds.has(name)) orgIds.set(name, await organisationId(t, name));
  return orgIds.get(name)!;
}

/** The part of the dossier answer that holds a category, where the dossier route carries it. */
const SECTION: Partial<Record<DataCategory, string>> = { identity: 'identity', action_plan: 'trajectory', notes: 'notes' };

/** One read of the dossier for the purpose, judged for one category. */
async function read(email: string, category: DataCategory): Promise<string> {
  const res = await clients.get(email)!.get(`/api/clients/${clientId}?purpose=${PURPOSE}`);
  const listed = res.status === 200 && (res.body.categories as string[]).includes(category);
  const answer = res.status === 404 ? '404' : res.status !== 200 ? `status ${res.status}` : listed ? 'seen' : 'other categories only';
  // A 404 is the plain not-found problem; a category's section is there exactly when it is seen.
  const section = SECTION[category];
  expect({ code: res.body?.code ?? null, section: section !== undefined && res.status === 200 && section in res.body })
    .toEqual({ code: res.status === 404 ? 'not_found' : null, section: section !== undefined && answer === 'seen' });
  return answer;
}

const lastAuditId = async () => (await t.db.selectFrom('audit_log').select(sql<number>`coalesce(max(id), 0)`.as('id')).executeTakeFirstOrThrow()).id;
const readsSince = (id: number) => t.db.selectFrom('audit_log').selectAll().where('id', '>', id).where('action', '=', 'client.read').execute();
const currentClientRow = () => t.db.selectFrom('clients').selectAll().where('id', '=', clientId).executeTakeFirstOrThrow();

const ids = { coach: '', colleague: {} as Record<string, string>, otherOrg: {} as Record<string, string> };

beforeAll(async () => {
  t = await createTestApp();
  const coaching = await orgOf('Jobcoaching Schelde');
  ids.coach = await userId(t, 'coach@coaching.passend.test');
  // Another job-coaching service on the platform, with one coach.
  const { id: maas } = await t.db.insertInto('organisations').values({ kind: 'coaching', name: 'Jobcoaching Maas', region: 'flanders' }).returning('id').executeTakeFirstOrThrow();
  const { password_hash } = await t.db.selectFrom('users').select('password_hash').where('id', '=', ids.coach).executeTakeFirstOrThrow();
  const { id: tom } = await t.db.insertInto('users').values({ organisation_id: maas, email: 'coach@maas.passend.test', name: 'Tom Wuyts', password_hash, status: 'active' }).returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('user_roles').values({ organisation_id: maas, user_id: tom, role: 'coach', branch_id: null }).execute();
  // The client of this table: Jonas is his coach, nobody else of the team is assigned.
  ({ id: clientId } = await t.db.insertInto('clients').values({
    organisation_id: coaching, given_name: 'Tabel', family_name: 'Testklant', national_id_kind: 'be_rrn', national_id: '85073003328',
    next_of_kin: '{}', professional_network: '{}', created_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow());
  await t.db.insertInto('client_assignments').values({ organisation_id: coaching, client_id: clientId, user_id: ids.coach, kind: 'responsible' }).execute();
  clientRow = await currentClientRow();

  for (const email of [...Object.values(CALLERS), 'coach@coaching.passend.test', 'teamlead@coaching.passend.test']) {
    const c = t.client(IP);
    await c.login(email);
    clients.set(email, c);
    const actor = await loadActor(t.db, sessionOf(c), { idleMinutes: t.config.sessionIdleMinutes, absoluteHours: t.config.sessionAbsoluteHours });
    actors.set(email, actor!);
  }
  const employer = await orgOf('Groenhof Supermarkten');
  const partner = await orgOf('Partnerwerk Antwerpen');
  for (const email of Object.values(CALLERS)) ids.otherOrg[email] = actors.get(email)!.organisationId === partner ? employer : partner;
  ids.colleague = {
    'hr@employer.passend.test': await userId(t, 'supervisor@employer.passend.test'),
    'supervisor@employer.passend.test': await userId(t, 'hr@employer.passend.test'),
    'coach@partner.passend.test': await userId(t, 'hr@employer.passend.test'),
    'coach@maas.passend.test': await userId(t, 'coach@partner.passend.test'),
    'coach2@coaching.passend.test': await userId(t, 'teamlead@coaching.passend.test'),
  };
});
afterAll(async () => { await t.close(); });

const CASES = (Object.keys(CALLERS) as CallerKind[]).flatMap((caller) =>
  DATA_CATEGORIES.flatMap((category) => STATES.map((state) => ({ caller, category, state, expected: ANSWER[state] }))),
);

describe('the consent table: caller kind × category × consent state', () => {
  it('covers every category and every caller kind', () => {
    expect(new Set(CASES.map((c) => c.category))).toEqual(new Set(DATA_CATEGORIES));
    expect(CASES).toHaveLength(Object.keys(CALLERS).length * DATA_CATEGORIES.length * STATES.length);
  });

  it.each(CASES)('$caller, $category, consent $state → $expected', async ({ caller, category, state, expected }) => {
    const actor = actors.get(CALLERS[caller])!;
    await t.db.deleteFrom('consents').where('client_id', '=', clientId).execute();
    await consentFor(state, actor, category, ids);
    const since = await lastAuditId();
    expect(await read(CALLERS[caller], category)).toBe(expected);
    // Exactly what was shown is logged: the category, or for 'other category' the other one.
    const logged = expected === '404' ? [] : [{
      actor: actor.userId, organisation: actor.organisationId, entity: 'client', entityId: clientId, ip: IP,
      categories: [expected === 'seen' ? category : otherCategory(category)], purpose: PURPOSE, relation: 'recipient',
    }];
    const rows = (await readsSince(since)).map((r) => ({
      actor: r.actor_user_id, organisation: r.organisation_id, entity: r.entity, entityId: r.entity_id, ip: r.ip,
      categories: r.details.categories, purpose: r.details.purpose, relation: r.details.relation,
    }));
    expect(rows).toEqual(logged);
    expect(await currentClientRow()).toEqual(clientRow);
  });
});

describe("the client's own coaching team", () => {
  it.each(DATA_CATEGORIES)('the assigned coach sees %s without any consent and leaves no audit row', async (category) => {
    await t.db.deleteFrom('consents').where('client_id', '=', clientId).execute();
    const since = await lastAuditId();
    expect(await read('coach@coaching.passend.test', category)).toBe('seen');
    expect(await readsSince(since)).toEqual([]);
  });

  it.each(DATA_CATEGORIES)("the coach's team lead sees %s, and that read is audited", async (category) => {
    const lead = actors.get('teamlead@coaching.passend.test')!;
    const since = await lastAuditId();
    expect(await read('teamlead@coaching.passend.test', category)).toBe('seen');
    expect(await readsSince(since)).toEqual([expect.objectContaining({ actor_user_id: lead.userId, entity_id: clientId, details: expect.objectContaining({ relation: 'team_lead' }) })]);
  });
});

describe('withdrawal', () => {
  it('takes effect on the very next request, through the API', async () => {
    await t.db.deleteFrom('consents').where('client_id', '=', clientId).execute();
    const coach = await t.as('coach@coaching.passend.test');
    const employer = await orgOf('Groenhof Supermarkten');
    const given = await coach.post(`/api/clients/${clientId}/consents`, { recipientOrganisationId: employer, categories: ['vocational_profile'], purpose: PURPOSE, method: 'written' });
    expect(given.status).toBe(201);
    const hr = await t.as('hr@employer.passend.test');
    expect(await read('hr@employer.passend.test', 'vocational_profile')).toBe('seen');
    expect((await hr.get(`/api/clients/${clientId}/consents?purpose=${PURPOSE}`)).status).toBe(200);
    expect((await coach.post(`/api/clients/${clientId}/consents/${given.body.id}/withdraw`)).status).toBe(200);
    expect(await hr.get(`/api/clients/${clientId}/consents?purpose=${PURPOSE}`)).toBeProblem(404, 'not_found');
    expect(await read('hr@employer.passend.test', 'vocational_profile')).toBe('404');
    expect(await currentClientRow()).toEqual(clientRow);
  });
});
