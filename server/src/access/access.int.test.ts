import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { routePolicies } from '../lib/http.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { branchId, mailedToken, organisationId, userId } from '../../test/helpers.ts';
import type { Actor } from './actor.ts';
import { decide } from './policies.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** "METHOD /path" of every API route of an app that has no declared policy. */
function routesWithoutPolicy(app: ReturnType<typeof createApp>): { checked: string[]; missing: string[] } {
  const checked = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL') continue; // middleware and the /api catch-all
    if (!r.path.startsWith('/api/')) continue; // the web app and its fallback
    if (r.path === '/api/openapi.json' || r.path === '/api/docs' || r.path.startsWith('/api/docs/')) continue;
    checked.add(`${r.method} ${r.path}`);
  }
  return { checked: [...checked], missing: [...checked].filter((k) => !routePolicies.has(k)) };
}

/** The routes that need a session, known once an app has been built (not when tests are collected). */
function guarded() {
  const routes = [...routePolicies].filter(([, policy]) => policy !== 'public');
  expect(routes.length).toBeGreaterThanOrEqual(10);
  return routes;
}

describe('deny by default: every route declares a policy', () => {
  it('has a policy for every route of the built app', () => {
    const { checked, missing } = routesWithoutPolicy(createApp({ ...t.config, demoMode: true }, t.db));
    expect(checked).toEqual(expect.arrayContaining(['POST /api/auth/login', 'GET /api/me', 'PUT /api/admin/users/:id/roles', 'GET /api/dev/mailbox']));
    expect(missing).toEqual([]);
  });

  it('catches a route registered without a policy', () => {
    const app = createApp(t.config, t.db);
    app.get('/api/unguarded', (c) => c.text('no policy here'));
    app.post('/api/admin/unguarded/:id', (c) => c.text('nor here'));
    expect(routesWithoutPolicy(app).missing).toEqual(['GET /api/unguarded', 'POST /api/admin/unguarded/:id']);
  });

  it('answers 401 on every guarded route to someone signed out', async () => {
    const c = t.client();
    const answered: { route: string; status: number; code: string }[] = [];
    for (const [route] of guarded()) {
      const [method, path] = route.split(' ') as [string, string];
      const res = await c.request(method, path.replace(/:\w+/g, SOME_ID), method === 'GET' ? undefined : {});
      answered.push({ route, status: res.status, code: res.body?.code });
    }
    expect(answered).toEqual(guarded().map(([route]) => ({ route, status: 401, code: 'unauthenticated' })));
  });

  const people = ['coach@coaching.passend.test', 'teamlead@coaching.passend.test', 'hr@employer.passend.test', 'supervisor@employer.passend.test', 'coach@partner.passend.test', 'client@client.passend.test'];
  it.each(people)('answers each route as the policy decides for %s', async (email) => {
    const c = await t.as(email);
    const me = (await c.get('/api/me')).body;
    const actor = { roles: me.roles, organisationKind: me.organisation.kind } as Actor;
    const answered: { route: string; answer: string }[] = [];
    for (const [route] of guarded()) {
      const [method, path] = route.split(' ') as [string, string];
      // Bodies are empty and If-Match is missing, so an allowed write stops at validation.
      const res = await c.request(method, path.replace(/:\w+/g, SOME_ID), method === 'GET' ? undefined : {});
      answered.push({ route, answer: res.status === 403 ? 'forbidden' : [401, 500].includes(res.status) ? `broken ${res.status}` : 'allow' });
    }
    expect(answered).toEqual(guarded().map(([route, policy]) => ({ route, answer: decide(actor, policy) })));
  });
});

async function userState(id: string) {
  const user = await t.db.selectFrom('users').select(['name', 'status', 'version', 'password_hash']).where('id', '=', id).executeTakeFirstOrThrow();
  const roles = await t.db.selectFrom('user_roles').select(['role', 'branch_id']).where('user_id', '=', id).orderBy('role').execute();
  const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).where('action', 'like', 'user.%').execute();
  return { user, roles, audit };
}

/** The demo client's dossier id. */
const demoClient = async () => (await t.db.selectFrom('clients as c').innerJoin('users as u', 'u.id', 'c.user_id').select('c.id').where('u.email', '=', 'client@client.passend.test').executeTakeFirstOrThrow()).id;

/** The version of a record made by a scenario, as If-Match. */
async function versionIn(table: 'clients' | 'support_contacts' | 'contact_notes' | 'appointments', id: string): Promise<string> {
  return `"${(await t.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow()).version}"`;
}

async function version(email: string): Promise<string> {
  const row = await t.db.selectFrom('users').select('version').where('email', '=', email).executeTakeFirstOrThrow();
  return `"${row.version}"`;
}

describe("another organisation's records", () => {
  let admin: TestClient;
  beforeAll(async () => { admin = await t.as('admin@coaching.passend.test'); });

  it.each([
    ['PUT', 'roles', { roles: [{ role: 'coach' }] }],
    ['POST', 'deactivate', {}],
    ['POST', 'reactivate', {}],
  ] as const)('%s /api/admin/users/{id}/%s answers 404 and changes nothing', async (method, verb, body) => {
    const supervisor = await t.as('supervisor@employer.passend.test');
    const id = await userId(t, 'supervisor@employer.passend.test');
    const before = await userState(id);
    const res = await admin.request(method, `/api/admin/users/${id}/${verb}`, body, { 'if-match': `"${before.user.version}"` });
    expect(res).toBeProblem(404, 'not_found');
    const unknown = await admin.request(method, `/api/admin/users/${SOME_ID}/${verb}`, body, { 'if-match': `"${before.user.version}"` });
    expect(res.body).toEqual({ ...unknown.body, instance: res.body.instance });
    expect(await userState(id)).toEqual(before);
    expect((await supervisor.get('/api/me')).status).toBe(200);
  });

  it('PUT /api/branches/{id} answers 404 and changes nothing', async () => {
    const id = await branchId(t, 'Groenhof Mechelen');
    const read = () => t.db.selectFrom('branches').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const before = await read();
    const res = await admin.put(`/api/branches/${id}`, { name: 'Overgenomen', address: '', active: false }, { 'if-match': `"${before.version}"` });
    expect(res).toBeProblem(404, 'not_found');
    expect(await read()).toEqual(before);
  });

  it("answers 404 the other way round too: an employer's administrator on a coaching person", async () => {
    const id = await userId(t, 'coach@coaching.passend.test');
    const before = await userState(id);
    const hr = await t.as('hr@employer.passend.test');
    const ownBranch = await branchId(t, 'Groenhof Mechelen');
    const res = await hr.put(`/api/admin/users/${id}/roles`, { roles: [{ role: 'supervisor', branchId: ownBranch }] }, { 'if-match': `"${before.user.version}"` });
    expect(res).toBeProblem(404, 'not_found');
    expect(await userState(id)).toEqual(before);
  });
});

/** The If-Match of an employer record, site, contact or approach. */
async function employerVersion(table: 'employers' | 'employer_sites' | 'employer_contacts' | 'employer_approaches', id: string) {
  return `"${(await t.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow()).version}"`;
}

describe('every write leaves an audit row in the same organisation, with the actor', () => {
  const IP = '192.0.2.44';
  const ctx = { resetToken: '', invitationToken: '', invitee: 'audit.invitee@coaching.passend.test', branch: '', consent: '' };

  /** `entity`: the email of the person the row is about, or BRANCH for the branch made here. */
  interface Scenario { action: string; organisation: string; actor: string | null; entity: string; run: (c: TestClient) => Promise<{ status: number }> }
  const BRANCH = '(the branch made here)';
  const CONSENT = '(the consent made here)';
  /** Entities made by the scenarios themselves, by their marker. */
  const MADE_HERE: Record<string, () => string> = { [BRANCH]: () => ctx.branch, [CONSENT]: () => ctx.consent };
  const PROFILE_CLIENT = '(the client whose vocational profile is saved here)';
  let profileClient = '';
  MADE_HERE[PROFILE_CLIENT] = () => profileClient;
  const ACTION_PLAN = '(the action plan made here)';
  let actionPlan = '';
  MADE_HERE[ACTION_PLAN] = () => actionPlan;
  const VACANCY = '(the vacancy made here)';
  let vacancy = '';
  MADE_HERE[VACANCY] = () => vacancy;
  const onVacancy = (action: string, run: (c: TestClient) => Promise<{ status: number }>): { as: string } & Scenario => ({
    as: 'coach@coaching.passend.test', action, organisation: COACHING, actor: 'coach@coaching.passend.test', entity: VACANCY, run,
  });
  const vacancyVersion = async (table: 'vacancies' | 'job_analyses' | 'vacancy_competence_profiles') => `"${table === 'vacancies'
    ? (await t.db.selectFrom('vacancies').select('version').where('id', '=', vacancy).executeTakeFirstOrThrow()).version
    : (await t.db.selectFrom(table).select('version').where('vacancy_id', '=', vacancy).executeTakeFirst())?.version ?? 0}"`;
  const EMPLOYER_RECORD = '(the employer record made here)';
  const employerMade = { id: '', site: '', contact: '', approach: '' };
  MADE_HERE[EMPLOYER_RECORD] = () => employerMade.id;
  const onEmployer = (action: string, run: (c: TestClient) => Promise<{ status: number }>): { as: string } & Scenario => ({
    as: 'coach@coaching.passend.test', action, organisation: COACHING, actor: 'coach@coaching.passend.test', entity: EMPLOYER_RECORD, run,
  });
  const employerUrl = (rest = '') => `/api/employers/${employerMade.id}${rest}`;
  const CLIENT = '(the client made here)';
  const made = { client: '', contact: '', note: '', appointment: '' };
  MADE_HERE[CLIENT] = () => made.client;
  const clientUrl = (rest = '') => `/api/clients/${made.client}${rest}`;
  const trajectoryVersion = async () =>
    `"${(await t.db.selectFrom('trajectories').select('version').where('client_id', '=', made.client).orderBy('opened_at', 'desc').executeTakeFirstOrThrow()).version}"`;
  const engagementVersion = async () => `"${(await t.db.selectFrom('client_engagements').select('version').where('client_id', '=', made.client).executeTakeFirst())?.version ?? 1}"`;
  /** A scenario of the client dossier: Jonas acts on the client he made in the first one. */
  const onClient = (action: string, run: (c: TestClient) => Promise<{ status: number }>): { as: string } & Scenario => ({
    as: 'coach@coaching.passend.test', action, organisation: COACHING, actor: 'coach@coaching.passend.test', entity: CLIENT, run,
  });
  const planVersion = async () => `"${(await t.db.selectFrom('action_plans').select('version').where('id', '=', actionPlan).executeTakeFirstOrThrow()).version}"`;
  // issue 4: placements (the checklist scenario acts on VACANCY and the client made here)
  const PLACEMENT = '(the placement made here)';
  const placementMade = { id: '', evaluation: '' };
  MADE_HERE[PLACEMENT] = () => placementMade.id;
  const onPlacement = (action: string, run: (c: TestClient) => Promise<{ status: number }>): { as: string } & Scenario => ({
    as: 'coach@coaching.passend.test', action, organisation: COACHING, actor: 'coach@coaching.passend.test', entity: PLACEMENT, run,
  });
  const placementBody = async (c: TestClient, over: Record<string, unknown> = {}) => ({
    clientId: made.client, employerId: (await c.get(`/api/vacancies/${vacancy}`)).body.employer.id, kind: 'work_experience', title: 'Schappenvuller',
    startDate: '2025-03-03', endDate: '2025-05-04', ...over,
  });
  const COACHING = 'Jobcoaching Schelde';
  const EMPLOYER = 'Groenhof Supermarkten';

  // In the order they run: later ones use what earlier ones made.
  const scenarios: Record<string, { as?: string } & Scenario> = {
    'POST /api/auth/login': {
      action: 'auth.login', organisation: COACHING, actor: 'coach@coaching.passend.test', entity: 'coach@coaching.passend.test',
      run: (c) => c.post('/api/auth/login', { email: 'coach@coaching.passend.test', password: 'passend-demo' }),
    },
    'POST /api/auth/logout': {
      as: 'coach@coaching.passend.test', action: 'auth.logout', organisation: COACHING, actor: 'coach@coaching.passend.test', entity: 'coach@coaching.passend.test',
      run: (c) => c.post('/api/auth/logout'),
    },
    'POST /api/auth/password-reset': {
      action: 'auth.password_reset_requested', organisation: COACHING, actor: null, entity: 'coach2@coaching.passend.test',
      run: async (c) => {
        const res = await c.post('/api/auth/password-reset', { email: 'coach2@coaching.passend.test' });
        ctx.resetToken = await mailedToken(t, 'coach2@coaching.passend.test');
        return res;
      },
    },
    'POST /api/auth/password-reset/confirm': {
      action: 'auth.password_reset', organisation: COACHING, actor: 'coach2@coaching.passend.test', entity: 'coach2@coaching.passend.test',
      run: (c) => c.post('/api/auth/password-reset/confirm', { token: ctx.resetToken, password: 'een-nieuw-wachtwoord' }),
    },
    'POST /api/admin/users': {
      as: 'admin@coaching.passend.test', action: 'user.invited', organisation: COACHING, actor: 'admin@coaching.passend.test', entity: 'audit.invitee@coaching.passend.test',
      run: async (c) => {
        const res = await c.post('/api/admin/users', { email: ctx.invitee, name: 'Audit Invitee', roles: [{ role: 'coach' }] });
        ctx.invitationToken = await mailedToken(t, ctx.invitee);
        return res;
      },
    },
    'POST /api/admin/users/{id}/invitation': {
      as: 'admin@coaching.passend.test', action: 'user.invitation_resent', organisation: COACHING, actor: 'admin@coaching.passend.test', entity: 'audit.invitee@coaching.passend.test',
      run: async (c) => {
        const res = await c.post(`/api/admin/users/${await userId(t, ctx.invitee)}/invitation`);
        ctx.invitationToken = await mailedToken(t, ctx.invitee);
        return res;
      },
    },
    'POST /api/auth/invitations/accept': {
      action: 'user.invitation_accepted', organisation: COACHING, actor: 'audit.invitee@coaching.passend.test', entity: 'audit.invitee@coaching.passend.test',
      run: (c) => c.post('/api/auth/invitations/accept', { token: ctx.invitationToken, password: 'mijn-eerste-wachtwoord' }),
    },
    'PATCH /api/me': {
      as: 'coach@coaching.passend.test', action: 'account.updated', organisation: COACHING, actor: 'coach@coaching.passend.test', entity: 'coach@coaching.passend.test',
      run: async (c) => c.patch('/api/me', { name: 'Jonas' }, { 'if-match': await version('coach@coaching.passend.test') }),
    },
    'POST /api/me/password': {
      as: 'teamlead@coaching.passend.test', action: 'account.password_changed', organisation: COACHING, actor: 'teamlead@coaching.passend.test', entity: 'teamlead@coaching.passend.test',
      run: (c) => c.post('/api/me/password', { currentPassword: 'passend-demo', newPassword: 'een-ander-wachtwoord' }),
    },
    'PUT /api/admin/users/{id}/roles': {
      as: 'admin@coaching.passend.test', action: 'user.roles_changed', organisation: COACHING, actor: 'admin@coaching.passend.test', entity: 'audit.invitee@coaching.passend.test',
      run: async (c) => c.put(`/api/admin/users/${await userId(t, ctx.invitee)}/roles`, { roles: [{ role: 'team_lead' }] }, { 'if-match': await version(ctx.invitee) }),
    },
    'POST /api/admin/users/{id}/deactivate': {
      as: 'hr@employer.passend.test', action: 'user.deactivated', organisation: EMPLOYER, actor: 'hr@employer.passend.test', entity: 'supervisor@employer.passend.test',
      run: async (c) => c.post(`/api/admin/users/${await userId(t, 'supervisor@employer.passend.test')}/deactivate`, {}, { 'if-match': await version('supervisor@employer.passend.test') }),
    },
    'POST /api/admin/users/{id}/reactivate': {
      as: 'hr@employer.passend.test', action: 'user.reactivated', organisation: EMPLOYER, actor: 'hr@employer.passend.test', entity: 'supervisor@employer.passend.test',
      run: async (c) => c.post(`/api/admin/users/${await userId(t, 'supervisor@employer.passend.test')}/reactivate`, {}, { 'if-match': await version('supervisor@employer.passend.test') }),
    },
    'POST /api/branches': {
      as: 'hr@employer.passend.test', action: 'branch.created', organisation: EMPLOYER, actor: 'hr@employer.passend.test', entity: BRANCH,
      run: async (c) => {
        const res = await c.post('/api/branches', { name: 'Groenhof Hasselt' });
        ctx.branch = res.body.id;
        return res;
      },
    },
    'PUT /api/branches/{id}': {
      as: 'hr@employer.passend.test', action: 'branch.updated', organisation: EMPLOYER, actor: 'hr@employer.passend.test', entity: BRANCH,
      run: (c) => c.put(`/api/branches/${ctx.branch}`, { name: 'Groenhof Hasselt-Centrum' }, { 'if-match': '"1"' }),
    },
    'POST /api/clients/{id}/consents': {
      as: 'coach@coaching.passend.test', action: 'consent.given', organisation: COACHING, actor: 'coach@coaching.passend.test', entity: CONSENT,
      run: async (c) => {
        const res = await c.post(`/api/clients/${await demoClient()}/consents`, {
          recipientOrganisationId: await organisationId(t, 'Partnerwerk Antwerpen'), categories: ['identity'], purpose: 'referral', method: 'verbal',
        });
        ctx.consent = res.body.id;
        return res;
      },
    },
    'POST /api/clients/{id}/consents/{consentId}/withdraw': {
      as: 'client@client.passend.test', action: 'consent.withdrawn', organisation: COACHING, actor: 'client@client.passend.test', entity: CONSENT,
      run: async (c) => c.post(`/api/clients/${await demoClient()}/consents/${ctx.consent}/withdraw`),
    },
    'PUT /api/clients/{id}/vocational-profile': {
      as: 'coach@coaching.passend.test', action: 'vocational_profile.saved', organisation: COACHING, actor: 'coach@coaching.passend.test', entity: PROFILE_CLIENT,
      run: async (c) => {
        profileClient = await demoClient();
        const current = await c.get(`/api/clients/${profileClient}/vocational-profile`);
        const { profile, health, benefits } = current.body;
        return c.put(`/api/clients/${profileClient}/vocational-profile`, { profile: { ...profile, hobbies: 'Voetbal' }, health, benefits }, { 'if-match': `"${current.body.version}"` });
      },
    },
    'POST /api/clients/{id}/action-plans': {
      as: 'coach@coaching.passend.test', action: 'action_plan.created', organisation: COACHING, actor: 'coach@coaching.passend.test', entity: ACTION_PLAN,
      run: async (c) => {
        const res = await c.post(`/api/clients/${await demoClient()}/action-plans`, {});
        actionPlan = res.body.id;
        return res;
      },
    },
    'PUT /api/clients/{id}/action-plans/{planId}': {
      as: 'coach@coaching.passend.test', action: 'action_plan.updated', organisation: COACHING, actor: 'coach@coaching.passend.test', entity: ACTION_PLAN,
      run: async (c) => c.put(`/api/clients/${await demoClient()}/action-plans/${actionPlan}`, {
        planDate: '2025-03-01', followUpDate: '2099-04-01', providerName: 'Jonas Peeters', items: [{ what: 'Proefdag', who: { role: 'client' } }],
      }, { 'if-match': await planVersion() }),
    },
    'POST /api/clients/{id}/action-plans/{planId}/agree': {
      as: 'client@client.passend.test', action: 'action_plan.agreed', organisation: COACHING, actor: 'client@client.passend.test', entity: ACTION_PLAN,
      run: async (c) => c.post(`/api/clients/${await demoClient()}/action-plans/${actionPlan}/agree`, { name: 'Karim El Amrani' }, { 'if-match': await planVersion() }),
    },
    'POST /api/clients/{id}/action-plans/{planId}/evaluation': {
      as: 'coach@coaching.passend.test', action: 'action_plan.evaluated', organisation: COACHING, actor: 'coach@coaching.passend.test', entity: ACTION_PLAN,
      run: async (c) => {
        const url = `/api/clients/${await demoClient()}/action-plans/${actionPlan}`;
        await c.post(`${url}/agree`, { name: 'Jonas Peeters' }, { 'if-match': await planVersion() });
        return c.post(`${url}/evaluation`, { outcome: 'continue' });
      },
    },
    'POST /api/employers': onEmployer('employer.created', async (c) => {
      const res = await c.post('/api/employers', { name: 'Audit Bouw', sector: 'Bouw' });
      employerMade.id = res.body.id;
      return res;
    }),
    'PUT /api/employers/{id}': onEmployer('employer.updated', async (c) =>
      c.put(employerUrl(), { name: 'Audit Bouw', sizeClass: '10-49' }, { 'if-match': await employerVersion('employers', employerMade.id) })),
    'POST /api/employers/{id}/sites': onEmployer('employer.site_added', async (c) => {
      const res = await c.post(employerUrl('/sites'), { name: 'Werf Gent', city: 'Gent' });
      employerMade.site = res.body.id;
      return res;
    }),
    'PUT /api/employers/{id}/sites/{siteId}': onEmployer('employer.site_changed', async (c) =>
      c.put(employerUrl(`/sites/${employerMade.site}`), { name: 'Werf Gent', city: 'Gent', lat: 51.05, lon: 3.72 }, { 'if-match': await employerVersion('employer_sites', employerMade.site) })),
    'POST /api/employers/{id}/contacts': onEmployer('employer.contact_added', async (c) => {
      const res = await c.post(employerUrl('/contacts'), { name: 'Bart Bouw', decidesOnHiring: true, siteId: employerMade.site });
      employerMade.contact = res.body.id;
      return res;
    }),
    'PUT /api/employers/{id}/contacts/{contactId}': onEmployer('employer.contact_changed', async (c) =>
      c.put(employerUrl(`/contacts/${employerMade.contact}`), { name: 'Bart Bouw', jobTitle: 'Zaakvoerder' }, { 'if-match': await employerVersion('employer_contacts', employerMade.contact) })),
    'POST /api/employers/{id}/approaches': onEmployer('employer.approach_logged', async (c) => {
      const res = await c.post(employerUrl('/approaches'), { approachedOn: '2025-03-01', method: 'phone', followUpDate: '2025-03-15' });
      employerMade.approach = res.body.id;
      return res;
    }),
    'PUT /api/employers/{id}/approaches/{approachId}': onEmployer('employer.approach_changed', async (c) =>
      c.put(employerUrl(`/approaches/${employerMade.approach}`), { approachedOn: '2025-03-01', method: 'cold_call', agreements: ['keep_in_touch'] },
        { 'if-match': await employerVersion('employer_approaches', employerMade.approach) })),
    'DELETE /api/employers/{id}/contacts/{contactId}': onEmployer('employer.contact_removed', async (c) =>
      c.delete(employerUrl(`/contacts/${employerMade.contact}`), { 'if-match': await employerVersion('employer_contacts', employerMade.contact) })),
    'DELETE /api/employers/{id}/sites/{siteId}': onEmployer('employer.site_removed', async (c) =>
      c.delete(employerUrl(`/sites/${employerMade.site}`), { 'if-match': await employerVersion('employer_sites', employerMade.site) })),
    'POST /api/vacancies': onVacancy('vacancy.created', async (c) => {
      const { id: employerId } = await t.db.insertInto('employers')
        .values({ organisation_id: await organisationId(t, COACHING), name: 'Audit Werkgever' }).returning('id').executeTakeFirstOrThrow();
      const res = await c.post('/api/vacancies', { employerId, title: 'Schappenvuller', city: 'Gent' });
      vacancy = res.body.id;
      return res;
    }),
    'PUT /api/vacancies/{id}': onVacancy('vacancy.updated', async (c) => {
      const current = (await c.get(`/api/vacancies/${vacancy}`)).body;
      return c.put(`/api/vacancies/${vacancy}`, { employerId: current.employer.id, title: 'Schappenvuller', status: 'filled' }, { 'if-match': await vacancyVersion('vacancies') });
    }),
    'PUT /api/vacancies/{id}/job-analysis': onVacancy('vacancy.job_analysis_saved', async (c) =>
      c.put(`/api/vacancies/${vacancy}/job-analysis`, { tasks: [{ task: 'Rekken vullen', steps: ['Doos openen'] }] }, { 'if-match': await vacancyVersion('job_analyses') })),
    'PUT /api/vacancies/{id}/competence-profile': onVacancy('vacancy.competence_profile_saved', async (c) =>
      c.put(`/api/vacancies/${vacancy}/competence-profile`, { scores: { lifting: 3 } }, { 'if-match': await vacancyVersion('vacancy_competence_profiles') })),
    'POST /api/clients': onClient('client.created', async (c) => {
      const res = await c.post('/api/clients', { givenName: 'Audit', familyName: 'Cliënt' });
      made.client = res.body.id;
      return res;
    }),
    'PUT /api/clients/{id}': onClient('client.updated', async (c) =>
      c.put(clientUrl(), { givenName: 'Audit', familyName: 'Cliënt', city: 'Gent' }, { 'if-match': await versionIn('clients', made.client) })),
    'PUT /api/clients/{id}/assignments': onClient('client.assignments_changed', async (c) =>
      c.put(clientUrl('/assignments'), { responsible: await userId(t, 'coach@coaching.passend.test'), coCoaches: [await userId(t, 'coach2@coaching.passend.test')] },
        { 'if-match': await versionIn('clients', made.client) })),
    'POST /api/clients/{id}/portal-account': onClient('client.portal_invited', async (c) =>
      c.post(clientUrl('/portal-account'), { email: 'audit.client@example.test', locale: 'nl-BE' })),
    'POST /api/clients/{id}/support-contacts': onClient('client.support_contact_added', async (c) => {
      const res = await c.post(clientUrl('/support-contacts'), { name: 'Moeder', relation: 'moeder' });
      made.contact = res.body.id;
      return res;
    }),
    'PUT /api/clients/{id}/support-contacts/{contactId}': onClient('client.support_contact_changed', async (c) =>
      c.put(clientUrl(`/support-contacts/${made.contact}`), { name: 'Moeder', contactAllowed: true }, { 'if-match': await versionIn('support_contacts', made.contact) })),
    'DELETE /api/clients/{id}/support-contacts/{contactId}': onClient('client.support_contact_removed', async (c) =>
      c.delete(clientUrl(`/support-contacts/${made.contact}`), { 'if-match': await versionIn('support_contacts', made.contact) })),
    'POST /api/clients/{id}/notes': onClient('client.note_added', async (c) => {
      const res = await c.post(clientUrl('/notes'), { date: '2025-03-04', kind: 'phone', text: 'Gebeld.' });
      made.note = res.body.id;
      return res;
    }),
    'PUT /api/clients/{id}/notes/{noteId}': onClient('client.note_changed', async (c) =>
      c.put(clientUrl(`/notes/${made.note}`), { date: '2025-03-04', kind: 'phone', text: 'Gebeld, geen antwoord.' }, { 'if-match': await versionIn('contact_notes', made.note) })),
    'POST /api/clients/{id}/appointments': onClient('client.appointment_added', async (c) => {
      const res = await c.post(clientUrl('/appointments'), { place: 'Kantoor Gent', startsAt: '2025-03-31T10:00:00+02:00', endsAt: '2025-03-31T11:00:00+02:00' });
      made.appointment = res.body.id;
      return res;
    }),
    'PUT /api/clients/{id}/appointments/{appointmentId}': onClient('client.appointment_changed', async (c) =>
      c.put(clientUrl(`/appointments/${made.appointment}`), { place: 'Bibliotheek', startsAt: '2025-03-31T10:00:00+02:00', endsAt: '2025-03-31T11:00:00+02:00' },
        { 'if-match': await versionIn('appointments', made.appointment) })),
    'DELETE /api/clients/{id}/appointments/{appointmentId}': onClient('client.appointment_cancelled', async (c) =>
      c.delete(clientUrl(`/appointments/${made.appointment}`), { 'if-match': await versionIn('appointments', made.appointment) })),
    'PUT /api/clients/{id}/engagement': onClient('client.engagement_saved', async (c) =>
      c.put(clientUrl('/engagement'), { dialogueReport: 'Verslag van het eerste gesprek.' }, { 'if-match': await engagementVersion() })),
    'POST /api/clients/{id}/engagement/agree': onClient('client.engagement_agreed', async (c) =>
      c.post(clientUrl('/engagement/agree'), undefined, { 'if-match': await engagementVersion() })),
    'POST /api/clients/{id}/trajectory/phase': onClient('client.phase_changed', async (c) =>
      c.post(clientUrl('/trajectory/phase'), { phase: 2, reason: 'Kiest voor SE.' }, { 'if-match': await trajectoryVersion() })),
    'POST /api/clients/{id}/trajectory/close': onClient('client.trajectory_closed', async (c) =>
      c.post(clientUrl('/trajectory/close'), { outcome: 'referred', detail: 'Dagcentrum' }, { 'if-match': await trajectoryVersion() })),
    'POST /api/clients/{id}/trajectory/reopen': onClient('client.trajectory_reopened', async (c) =>
      c.post(clientUrl('/trajectory/reopen'), { reason: 'Terug.' }, { 'if-match': await trajectoryVersion() })),
    // issue 4: capacity profile and availability
    'PUT /api/clients/{id}/capacity-profile': onClient('capacity_profile.saved', async (c) =>
      c.put(clientUrl('/capacity-profile'), { assessedOn: '2025-03-04', scores: { lifting: 3 } }, { 'if-match': '"0"' })),
    'PUT /api/clients/{id}/availability': onClient('availability.saved', async (c) =>
      c.put(clientUrl('/availability'), { maxHoursPerWeek: 24, days: ['mon'] }, { 'if-match': '"0"' })),
    // issue 4: job-match checklist and placements
    'PUT /api/vacancies/{id}/matches/{clientId}/checklist': onVacancy('match_checklist.saved', async (c) =>
      c.put(`/api/vacancies/${vacancy}/matches/${made.client}/checklist`, { answers: { tasks: { answer: 'yes' } }, decision: 'propose' }, { 'if-match': '"0"' })),
    'POST /api/placements': onPlacement('placement.created', async (c) => {
      const res = await c.post('/api/placements', await placementBody(c));
      placementMade.id = res.body.id;
      return res;
    }),
    'PUT /api/placements/{id}': onPlacement('placement.updated', async (c) =>
      c.put(`/api/placements/${placementMade.id}`, await placementBody(c, { status: 'ongoing' }), { 'if-match': '"1"' })),
    'POST /api/placements/{id}/evaluations': onPlacement('placement.evaluation_created', async (c) => {
      const res = await c.post(`/api/placements/${placementMade.id}/evaluations`, { dueOn: '2025-04-01' });
      placementMade.evaluation = res.body.id;
      return res;
    }),
    'PUT /api/placements/{id}/evaluations/{evaluationId}': onPlacement('placement.evaluation_updated', async (c) =>
      c.put(`/api/placements/${placementMade.id}/evaluations/${placementMade.evaluation}`, { dueOn: '2025-04-01', heldOn: '2025-04-02', outcome: 'on_track' }, { 'if-match': '"1"' })),
    // issue 4: matching weights (the row is about the organisation whose weights change)
    'PUT /api/matching/weights': {
      as: 'admin@coaching.passend.test', action: 'matching.weights_saved', organisation: COACHING, actor: 'admin@coaching.passend.test', entity: '(the weights\' organisation)',
      run: async (c) => {
        const org = await organisationId(t, COACHING);
        MADE_HERE['(the weights\' organisation)'] = () => org;
        const { weights } = (await c.get('/api/matching/weights')).body;
        return c.put('/api/matching/weights', { ...weights, tasks: 20 }, { 'if-match': '"0"' });
      },
    },
    'DELETE /api/matching/weights': {
      as: 'admin@coaching.passend.test', action: 'matching.weights_reset', organisation: COACHING, actor: 'admin@coaching.passend.test', entity: '(the weights\' organisation)',
      run: async (c) => c.delete('/api/matching/weights', { 'if-match': '"1"' }),
    },
  };

  it('covers every write operation of the API', async () => {
    const spec = (await t.client().get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const writes = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).filter((m) => ['post', 'put', 'patch', 'delete'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(writes.toSorted()).toEqual(Object.keys(scenarios).toSorted());
  });

  it.each(Object.entries(scenarios))('%s', async (_route, s) => {
    const c = t.client(IP);
    if (s.as) await c.login(s.as);
    const last = await t.db.selectFrom('audit_log').select(sql<number>`coalesce(max(id), 0)`.as('id')).executeTakeFirstOrThrow();
    const res = await s.run(c);
    expect(res.status).toBeLessThan(300);
    const rows = await t.db.selectFrom('audit_log').selectAll().where('id', '>', last.id).where('action', '=', s.action).execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.organisation_id).toBe(await organisationId(t, s.organisation));
    expect(row.actor_user_id).toBe(s.actor ? await userId(t, s.actor) : null);
    expect(row.entity_id).toBe(MADE_HERE[s.entity]?.() ?? await userId(t, s.entity));
    expect(row.ip).toBe(IP);
  });

  it('records a failed sign-in against the account, without an actor', async () => {
    const res = await t.client('192.0.2.45').post('/api/auth/login', { email: 'coach2@coaching.passend.test', password: 'fout' });
    expect(res.status).toBe(401);
    const [row] = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.login_failed').orderBy('id', 'desc').execute();
    expect(row).toMatchObject({
      organisation_id: await organisationId(t, COACHING), actor_user_id: null, entity_id: await userId(t, 'coach2@coaching.passend.test'), ip: '192.0.2.45',
    });
  });
});

describe('the audit trail is append-only', () => {
  it.each([
    ['UPDATE', () => t.db.updateTable('audit_log').set({ action: 'rewritten' }).execute()],
    ['DELETE', () => t.db.deleteFrom('audit_log').execute()],
    ['TRUNCATE', () => sql`TRUNCATE audit_log`.execute(t.db)],
  ])('refuses %s from the application connection', async (_name, statement) => {
    const before = await t.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(before.length).toBeGreaterThan(0);
    await expect(statement()).rejects.toThrow(/append-only/);
    expect(await t.db.selectFrom('audit_log').selectAll().orderBy('id').execute()).toEqual(before);
  });

  it('still accepts new rows', async () => {
    await t.db.insertInto('audit_log').values({ organisation_id: null, actor_user_id: null, action: 'test.insert', entity: 'test', at: new Date(), details: '{}' }).execute();
    expect((await t.db.selectFrom('audit_log').select('id').where('action', '=', 'test.insert').execute()).length).toBe(1);
  });
});
