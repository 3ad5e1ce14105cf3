import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

const COACHING = 'Jobcoaching Schelde';
const EMPLOYER = 'Groenhof Supermarkten';
const TEAM = 'Team Gent';
const CLIENT_ACCOUNT = 'client@client.passend.test';

/** Team Gent: Sofie Claes leads, Jonas Peeters and Leen Maes coach. */
const TEAM_MEMBERS = [
  { email: 'teamlead@coaching.passend.test', isLead: true },
  { email: 'coach@coaching.passend.test', isLead: false },
  { email: 'coach2@coaching.passend.test', isLead: false },
];
const RESPONSIBLE_COACH = 'coach@coaching.passend.test';

async function idOf(trx: Transaction<DB>, email: string): Promise<string> {
  return (await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}

/** A moment `days` ago by the database clock, so the demo story stays recent whatever the date. */
const daysAgo = (days: number) => sql<Date>`now() - make_interval(days => ${days})`;
const dateDaysAgo = (days: number) => sql<string>`current_date - ${days}::int`;

async function seedTeam(trx: Transaction<DB>, organisationId: string): Promise<void> {
  const existing = await trx.selectFrom('teams').select('id').where('organisation_id', '=', organisationId).where('name', '=', TEAM).executeTakeFirst();
  if (existing) return;
  const { id: teamId } = await trx.insertInto('teams').values({ organisation_id: organisationId, name: TEAM }).returning('id').executeTakeFirstOrThrow();
  for (const m of TEAM_MEMBERS) {
    await trx.insertInto('team_members').values({ organisation_id: organisationId, team_id: teamId, user_id: await idOf(trx, m.email), is_lead: m.isLead }).execute();
  }
}

/**
 * Karim El Amrani, the demo client: in phase 2 (vocational profiling) with Jonas as his
 * coach, his support network, and a consent for Groenhof Supermarkten to see his vocational
 * profile (nothing else) while looking for work.
 */
async function seedKarim(trx: Transaction<DB>, organisationId: string): Promise<void> {
  const userId = await idOf(trx, CLIENT_ACCOUNT);
  const coachId = await idOf(trx, RESPONSIBLE_COACH);
  const { id: clientId } = await trx
    .insertInto('clients')
    .values({
      organisation_id: organisationId,
      user_id: userId,
      salutation: 'mr',
      given_name: 'Karim',
      family_name: 'El Amrani',
      birth_date: '1996-03-14',
      national_id_kind: 'be_rrn',
      national_id: '96031412339', // 96.03.14-123.39: check digits 97 − (960314123 mod 97)
      address: 'Dampoortstraat 27 bus 3',
      postcode: '9000',
      city: 'Gent',
      phone_mobile: '+32 470 12 34 56',
      email: CLIENT_ACCOUNT,
      next_of_kin: JSON.stringify({ relation: 'moeder', name: 'Fatima El Amrani', address: 'Dampoortstraat 27 bus 3', postcode: '9000' }),
      emergency_phone: '+32 9 223 45 67',
      professional_network: JSON.stringify({ name: 'Ilse Verbeke, maatschappelijk werker OCMW Gent', address: 'Onderbergen 86, 9000 Gent', phone: '+32 9 266 90 00' }),
      religion_culture: 'Vrijdagmiddag naar het vrijdaggebed; tijdens de ramadan liever geen afspraken over de middag.',
      referrer: 'VDAB Gent, trajectbegeleider',
      created_at: daysAgo(60),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('client_assignments').values({ organisation_id: organisationId, client_id: clientId, user_id: coachId, kind: 'responsible' }).execute();

  await trx.insertInto('support_contacts').values([
    { organisation_id: organisationId, client_id: clientId, name: 'Fatima El Amrani', relation: 'moeder', phone: '+32 9 223 45 67', contact_allowed: true },
    { organisation_id: organisationId, client_id: clientId, name: 'Bart De Wilde', relation: 'vroegere leerkracht', organisation: 'Technisch Instituut Sint-Lucas Gent', email: 'bart.dewilde@example.be', contact_allowed: true },
    { organisation_id: organisationId, client_id: clientId, name: 'Youssef Benali', relation: 'vriend', phone: '+32 486 55 44 33', contact_allowed: false },
    { organisation_id: organisationId, client_id: clientId, name: 'Ilse Verbeke', relation: 'maatschappelijk werker', organisation: 'OCMW Gent', phone: '+32 9 266 90 00', contact_allowed: true },
  ]).execute();

  const { id: trajectoryId } = await trx
    .insertInto('trajectories')
    .values({ organisation_id: organisationId, client_id: clientId, phase: 2, opened_at: daysAgo(60) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('trajectory_events').values([
    { organisation_id: organisationId, trajectory_id: trajectoryId, kind: 'opened', to_phase: 1, reason: 'Aangemeld door VDAB Gent; eerste gesprek in de bibliotheek De Krook, op zijn vraag.', by_user_id: coachId, at: daysAgo(60) },
    { organisation_id: organisationId, trajectory_id: trajectoryId, kind: 'phase_changed', from_phase: 1, to_phase: 2, reason: 'Karim kiest na het planningsgesprek, met zijn moeder erbij, voor Supported Employment.', by_user_id: coachId, at: daysAgo(21) },
  ]).execute();

  const { id: employerId } = await trx.selectFrom('organisations').select('id').where('name', '=', EMPLOYER).executeTakeFirstOrThrow();
  await trx.insertInto('consents').values({
    organisation_id: organisationId,
    client_id: clientId,
    recipient_organisation_id: employerId,
    categories: ['vocational_profile'],
    purpose: 'job_finding',
    valid_from: dateDaysAgo(7),
    valid_until: sql<string>`current_date + 365`,
    method: 'written',
    evidence: 'Toestemmingsformulier ondertekend door Karim op het gesprek van vorige week; origineel in de dossiermap.',
    recorded_by: coachId,
    recorded_at: daysAgo(7),
  }).execute();
}

/**
 * The demo clients step of the demo world: Team Gent and the demo client with his dossier.
 * Idempotent: each part is added only when it is not there yet. True when anything was added.
 */
export async function seedDemoClients(db: Kysely<DB>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Two instances starting together take turns, so the second sees the first one's rows.
    await sql`SELECT pg_advisory_xact_lock(hashtext('passend.demo.clients'))`.execute(trx);
    const org = await trx.selectFrom('organisations').select('id').where('name', '=', COACHING).executeTakeFirst();
    const account = await trx.selectFrom('users').select('id').where('email', '=', CLIENT_ACCOUNT).executeTakeFirst();
    if (!org || !account) return false;
    const hadTeam = await trx.selectFrom('teams').select('id').where('organisation_id', '=', org.id).where('name', '=', TEAM).executeTakeFirst();
    await seedTeam(trx, org.id);
    const hadClient = await trx.selectFrom('clients').select('id').where('user_id', '=', account.id).executeTakeFirst();
    if (!hadClient) await seedKarim(trx, org.id);
    return !hadTeam || !hadClient;
  });
}
