import { sql, type Kysely, type Transaction } from 'kysely';
import { AvailabilityInput, CapacityProfileInput } from '../../../../common/schemas/capacity.ts';
import { VocationalProfileInput, type ProfileSections } from '../../../../common/schemas/vocational-profile.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { DB } from '../../db/types.ts';
import { currentCapacity, getAvailability, saveAvailability, saveCapacity } from '../capacity/capacity.queries.ts';
import { occupationsByUri } from '../esco/esco.queries.ts';
import { saveProfile } from '../vocational-profile/vocational-profile.queries.ts';
import { CANDIDATES, KARIM, type DemoCandidate, type DemoCapacity } from './candidates-data.ts';

const COACHING = 'Jobcoaching Schelde';
const EMPLOYER_ORGANISATION = 'Groenhof Supermarkten';
const COACH = 'coach@coaching.passend.test';
const KARIM_ACCOUNT = 'client@client.passend.test';

/** A moment `days` ago by the database clock, so the demo story stays recent whatever the date. */
const daysAgo = (days: number) => sql<Date>`now() - make_interval(days => ${days})`;
const dateDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

interface Context {
  organisationId: string;
  coachId: string;
  employerOrganisationId: string;
}

async function addCapacityProfile(trx: Transaction<DB>, ctx: Context, clientId: string, c: DemoCapacity): Promise<void> {
  const input = CapacityProfileInput.parse({ ...c.profile, assessedOn: dateDaysAgo(c.assessedDaysAgo) });
  if ((await saveCapacity(trx, ctx.organisationId, clientId, 0, ctx.coachId, input)) === undefined) throw new Error('demo capacity profile: not the first version');
}

async function addAvailability(trx: Transaction<DB>, ctx: Context, clientId: string, c: DemoCapacity): Promise<void> {
  if ((await saveAvailability(trx, ctx.organisationId, clientId, 0, ctx.coachId, AvailabilityInput.parse(c.availability))) === undefined) {
    throw new Error('demo availability: already there');
  }
}

/** The candidate's vocational profile as sent by the form. */
function profileInput(candidate: DemoCandidate) {
  const desiredJobs = candidate.desiredJobs.map((j) => ({ occupation: { uri: j.uri }, note: j.note }));
  return VocationalProfileInput.parse({
    profile: { ...candidate.vocational, aspirations: { ...candidate.vocational.aspirations, desiredJobs } },
    health: { description: candidate.health ?? '' },
    benefits: {},
  });
}

/** The ESCO occupations a vocational profile codes. */
function occupationUris(input: VocationalProfileInput): string[] {
  return [...input.profile.workExperience.flatMap((w) => (w.occupation ? [w.occupation.uri] : [])), ...input.profile.aspirations.desiredJobs.map((j) => j.occupation.uri)];
}

/** The vocational profile as its save stores it: ESCO's code and label with every occupation. */
async function addProfile(trx: Transaction<DB>, ctx: Context, clientId: string, candidate: DemoCandidate): Promise<void> {
  const input = profileInput(candidate);
  const known = await occupationsByUri(trx, occupationUris(input));
  const ref = (uri: string) => {
    const found = known.get(uri);
    if (!found) throw new Error(`demo candidate: ESCO occupation missing: ${uri}`);
    return found;
  };
  const profile: ProfileSections = {
    ...input.profile,
    workExperience: input.profile.workExperience.map((w) => ({ ...w, occupation: w.occupation ? ref(w.occupation.uri) : null })),
    aspirations: { ...input.profile.aspirations, desiredJobs: input.profile.aspirations.desiredJobs.map((j) => ({ ...j, occupation: ref(j.occupation.uri) })) },
  };
  await saveProfile(trx, ctx.organisationId, clientId, 0, ctx.coachId, { profile, health: input.health, benefits: input.benefits });
}

/** One candidate's dossier: identity, Jonas as coach, the trajectory up to phase 3 or 4, profile, capacity, availability, consent. */
async function addCandidate(trx: Transaction<DB>, ctx: Context, candidate: DemoCandidate): Promise<void> {
  const { id: clientId } = await trx.insertInto('clients').values({
    organisation_id: ctx.organisationId,
    ...candidate.client,
    next_of_kin: '{}',
    professional_network: '{}',
    created_at: daysAgo(candidate.openedDaysAgo),
  }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('client_assignments').values({ organisation_id: ctx.organisationId, client_id: clientId, user_id: ctx.coachId, kind: 'responsible' }).execute();

  const phase = candidate.story.length;
  const { id: trajectoryId } = await trx.insertInto('trajectories')
    .values({ organisation_id: ctx.organisationId, client_id: clientId, phase, opened_at: daysAgo(candidate.openedDaysAgo) })
    .returning('id').executeTakeFirstOrThrow();
  // The story: opened in phase 1, then one step a phase, evenly over the time since.
  const step = Math.floor(candidate.openedDaysAgo / phase);
  await trx.insertInto('trajectory_events').values(candidate.story.map((reason, i) => ({
    organisation_id: ctx.organisationId,
    trajectory_id: trajectoryId,
    kind: i === 0 ? 'opened' as const : 'phase_changed' as const,
    from_phase: i === 0 ? null : i,
    to_phase: i + 1,
    reason,
    by_user_id: ctx.coachId,
    at: daysAgo(candidate.openedDaysAgo - i * step),
  }))).execute();

  await addProfile(trx, ctx, clientId, candidate);
  await addCapacityProfile(trx, ctx, clientId, candidate.capacity);
  await addAvailability(trx, ctx, clientId, candidate.capacity);
  if (candidate.consentDaysAgo !== undefined) {
    await trx.insertInto('consents').values({
      organisation_id: ctx.organisationId,
      client_id: clientId,
      recipient_organisation_id: ctx.employerOrganisationId,
      categories: ['identity', 'vocational_profile'],
      purpose: 'job_finding',
      valid_from: dateDaysAgo(candidate.consentDaysAgo),
      valid_until: sql<string>`current_date + 365`,
      method: 'written',
      evidence: 'Toestemmingsformulier ondertekend op het gesprek; origineel in de dossiermap.',
      recorded_by: ctx.coachId,
      recorded_at: daysAgo(candidate.consentDaysAgo),
    }).execute();
  }
  await recordAudit(trx, { organisationId: ctx.organisationId, actorUserId: null, action: 'demo.seeded', entity: 'client', entityId: clientId, details: { part: 'candidate', phase } });
}

/**
 * The candidates step of the demo world, after the clients, profile, employers and vacancies
 * steps: Karim's capacity profile and availability, and eight more clients of Jonas's in
 * phases 3 and 4 looking for work around Gent, Antwerpen, Mechelen and Aalst, so matching
 * Groenhof's vacancies shows a real spread (good fits, closable and unclosed gaps, someone
 * excluded by hours, by distance, a conflict flagged, and someone barely assessed). Two of
 * them consented to Groenhof seeing their identity and vocational profile for job finding.
 *
 * Idempotent: a candidate is added when the coaching organisation has no client of that
 * name; Karim's parts when he has none. Nothing of the candidates is added while ESCO is not
 * loaded (a later start adds them). True when anything was added.
 */
export async function seedDemoCandidates(db: Kysely<DB>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Two instances starting together take turns, so the second sees the first one's rows.
    await sql`SELECT pg_advisory_xact_lock(hashtext('passend.demo.candidates'))`.execute(trx);
    const org = await trx.selectFrom('organisations').select('id').where('name', '=', COACHING).where('kind', '=', 'coaching').executeTakeFirst();
    const employer = await trx.selectFrom('organisations').select('id').where('name', '=', EMPLOYER_ORGANISATION).where('kind', '=', 'employer').executeTakeFirst();
    const coach = await trx.selectFrom('users').select('id').where('email', '=', COACH).executeTakeFirst();
    if (!org || !employer || !coach) return false;
    const ctx: Context = { organisationId: org.id, coachId: coach.id, employerOrganisationId: employer.id };
    let added = false;

    const karim = await trx.selectFrom('clients as c').innerJoin('users as u', 'u.id', 'c.user_id').select('c.id')
      .where('u.email', '=', KARIM_ACCOUNT).where('c.organisation_id', '=', org.id).executeTakeFirst();
    if (karim && !(await currentCapacity(trx, org.id, karim.id))) {
      await addCapacityProfile(trx, ctx, karim.id, KARIM);
      await recordAudit(trx, { organisationId: org.id, actorUserId: null, action: 'demo.seeded', entity: 'client', entityId: karim.id, details: { part: 'capacity_profile' } });
      added = true;
    }
    if (karim && !(await getAvailability(trx, org.id, karim.id))) {
      await addAvailability(trx, ctx, karim.id, KARIM);
      await recordAudit(trx, { organisationId: org.id, actorUserId: null, action: 'demo.seeded', entity: 'client', entityId: karim.id, details: { part: 'availability' } });
      added = true;
    }

    const uris = CANDIDATES.flatMap((c) => occupationUris(profileInput(c)));
    const known = await occupationsByUri(trx, uris);
    if (uris.some((u) => !known.has(u))) return added;
    const existing = new Set((await trx.selectFrom('clients').select(['given_name', 'family_name']).where('organisation_id', '=', org.id).execute())
      .map((c) => `${c.given_name} ${c.family_name}`));
    for (const candidate of CANDIDATES) {
      if (existing.has(`${candidate.client.given_name} ${candidate.client.family_name}`)) continue;
      await addCandidate(trx, ctx, candidate);
      added = true;
    }
    return added;
  });
}
