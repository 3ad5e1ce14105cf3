import { sql } from 'kysely';
import type { DataCategory, ConsentPurpose } from '../../common/consent.ts';
import type { TestApp, TestClient } from './harness.ts';
import { organisationId, userId } from './helpers.ts';

export const COACH = 'coach@coaching.passend.test';
/** Same organisation and team as COACH, but not assigned to the clients made here: need to know. */
export const OTHER_COACH = 'coach2@coaching.passend.test';
export const TEAM_LEAD = 'teamlead@coaching.passend.test';
export const EMPLOYER = 'hr@employer.passend.test';
export const CLIENT_ACCOUNT = 'client@client.passend.test';
/** A coach of another job-coaching organisation, made by `otherOrganisationCoach`. */
export const FOREIGN_COACH = 'coach@leie.passend.test';

/** A client made through the API by `coach`, who becomes responsible; its id. */
export async function newClient(coach: TestClient, body: Record<string, unknown> = {}): Promise<string> {
  const res = await coach.post('/api/clients', { givenName: 'Ilse', familyName: 'Van Damme', ...body });
  if (res.status !== 201) throw new Error(`creating a client failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** A second job-coaching organisation with one coach, who signs in with the demo password. */
export async function otherOrganisationCoach(t: TestApp): Promise<TestClient> {
  const exists = await t.db.selectFrom('users').select('id').where('email', '=', FOREIGN_COACH).executeTakeFirst();
  if (!exists) {
    const { password_hash } = await t.db.selectFrom('users').select('password_hash').where('email', '=', COACH).executeTakeFirstOrThrow();
    const org = await t.db.insertInto('organisations').values({ kind: 'coaching', name: 'Jobcoaching Leie', region: 'flanders' }).returning('id').executeTakeFirstOrThrow();
    const user = await t.db
      .insertInto('users')
      .values({ organisation_id: org.id, email: FOREIGN_COACH, name: 'Wim Leie', password_hash, status: 'active' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.insertInto('user_roles').values({ organisation_id: org.id, user_id: user.id, role: 'coach', branch_id: null }).execute();
  }
  return t.as(FOREIGN_COACH);
}

/** A consent recorded straight in the database; `state` shifts it out of force. */
export async function consent(
  t: TestApp, clientId: string, recipientOrganisation: string, categories: DataCategory[], purpose: ConsentPurpose,
  state: 'active' | 'expired' | 'withdrawn' = 'active',
): Promise<string> {
  const client = await t.db.selectFrom('clients').select('organisation_id').where('id', '=', clientId).executeTakeFirstOrThrow();
  const row = await t.db
    .insertInto('consents')
    .values({
      organisation_id: client.organisation_id, client_id: clientId,
      recipient_organisation_id: await organisationId(t, recipientOrganisation),
      categories, purpose,
      valid_from: sql<string>`current_date - 30`,
      valid_until: state === 'expired' ? sql<string>`current_date - 1` : null,
      method: 'written', recorded_by: await userId(t, COACH),
      withdrawn_at: state === 'withdrawn' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Everything of one client that this feature writes, to show that a refused request changed nothing. */
export async function dossierRows(t: TestApp, clientId: string) {
  const byClient = (table: 'client_assignments' | 'support_contacts' | 'trajectories' | 'client_engagements' | 'contact_notes' | 'appointments') =>
    t.db.selectFrom(table).selectAll().where('client_id', '=', clientId).execute();
  const trajectories = await t.db.selectFrom('trajectories').selectAll().where('client_id', '=', clientId).orderBy('opened_at').execute();
  const events = trajectories.length === 0 ? [] : await t.db.selectFrom('trajectory_events').selectAll()
    .where('trajectory_id', 'in', trajectories.map((r) => r.id)).orderBy('at').orderBy('id').execute();
  return {
    client: await t.db.selectFrom('clients').selectAll().where('id', '=', clientId).execute(),
    assignments: await byClient('client_assignments'), supportContacts: await byClient('support_contacts'), trajectories, events,
    engagement: await byClient('client_engagements'), notes: await byClient('contact_notes'), appointments: await byClient('appointments'),
  };
}

export async function versionOf(t: TestApp, table: 'clients' | 'support_contacts' | 'contact_notes' | 'appointments', id: string): Promise<string> {
  const row = await t.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow();
  return `"${row.version}"`;
}

export async function trajectoryVersion(t: TestApp, clientId: string): Promise<string> {
  const row = await t.db.selectFrom('trajectories').select('version').where('client_id', '=', clientId).orderBy('opened_at', 'desc').executeTakeFirstOrThrow();
  return `"${row.version}"`;
}

export async function engagementVersion(t: TestApp, clientId: string): Promise<string> {
  const row = await t.db.selectFrom('client_engagements').select('version').where('client_id', '=', clientId).executeTakeFirst();
  return `"${row?.version ?? 1}"`;
}

const UNKNOWN_CLIENT = '00000000-0000-4000-8000-000000000000';

/**
 * How each outsider is answered for one client, next to the answer for a client that does
 * not exist: they must be the same, so nobody learns that the client exists.
 */
export async function outsiderAnswers(outsiders: [string, TestClient][], clientId: string, send: (c: TestClient, clientId: string) => Promise<{ status: number; body: any }>) {
  const answers = [];
  for (const [who, c] of outsiders) {
    const res = await send(c, clientId);
    const unknown = await send(c, UNKNOWN_CLIENT);
    answers.push({ who, status: res.status, code: res.body?.code, sameAsUnknown: res.status === unknown.status && res.body?.code === unknown.body?.code });
  }
  return answers;
}

/**
 * What `outsiderAnswers` must be: 404 not_found; for a write, the employer is stopped earlier by
 * the policy (403 for any client, existing or not: employers never change a dossier).
 */
export function refusedAnswers(outsiders: [string, TestClient][], kind: 'read' | 'write') {
  return outsiders.map(([who]) =>
    kind === 'write' && who.startsWith('the employer')
      ? { who, status: 403, code: 'forbidden', sameAsUnknown: true }
      : { who, status: 404, code: 'not_found', sameAsUnknown: true });
}
