import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { MatchWeights } from '../../../../common/matching.ts';
import type { Actor } from '../../access/actor.ts';
import { visibleClients } from '../../access/clients.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;
type Region = 'flanders' | 'netherlands';

/**
 * The database side of matching (docs/matching.md, decision 016). Who may be ranked is decided
 * here on every request and never cached; the candidates' profile data is read in bulk for the
 * per-instance index (matching.cache.ts).
 */

/** Phases in which a client is looking for work: job finding (3) and job securing (4). */
export const RANKED_PHASES = [3, 4] as const;

/** The counter the triggers of 0009_matching.sql move on every change to a candidate's inputs; 0 before the first. */
export async function matchingVersion(db: Q, organisationId: string): Promise<number> {
  const row = await db.selectFrom('matching_versions').select('version').where('organisation_id', '=', organisationId).executeTakeFirst();
  return row?.version ?? 0;
}

/** What the index needs of one client, as stored. Empty lists and nulls: not stated. */
export interface CandidateRow {
  id: string;
  postcode: string;
  scores: Record<string, number> | null;
  gap_closers: Record<string, string> | null;
  max_hours_per_week: string | null;
  days: string[] | null;
  shifts: string[] | null;
  contracts: string[] | null;
  excluded_environment: string[] | null;
  preferred_environment: string[] | null;
  desired_codes: string[] | null;
  desired_tasks: string | null;
  max_travel_km: number | null;
}

/**
 * Candidates of an organisation: the clients with an open trajectory in phase 3 or 4 (or, with
 * `clientId`, that one client whatever the phase), each with the newest capacity profile
 * version, the availability and, of the current vocational profile, only the desired jobs'
 * ESCO codes, the desired tasks and the travel limit.
 */
export async function candidateRows(db: Q, organisationId: string, clientId?: string): Promise<CandidateRow[]> {
  const { rows } = await sql<CandidateRow>`
    SELECT c.id, c.postcode,
      cp.scores, cp.gap_closers,
      a.max_hours_per_week, a.days, a.shifts, a.contracts, a.excluded_environment, a.preferred_environment,
      ARRAY(SELECT j #>> '{occupation,code}' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(pv.content #> '{aspirations,desiredJobs}') = 'array'
        THEN pv.content #> '{aspirations,desiredJobs}' ELSE '[]'::jsonb END) AS j WHERE j #>> '{occupation,code}' IS NOT NULL) AS desired_codes,
      pv.content #>> '{aspirations,desiredTasks}' AS desired_tasks,
      (pv.content #>> '{aspirations,maxTravelKm}')::float8 AS max_travel_km
    FROM clients c
    LEFT JOIN LATERAL (
      SELECT v.scores, v.gap_closers FROM capacity_profile_versions v WHERE v.client_id = c.id ORDER BY v.number DESC LIMIT 1
    ) cp ON true
    LEFT JOIN client_availability a ON a.client_id = c.id
    LEFT JOIN vocational_profiles p ON p.client_id = c.id
    LEFT JOIN vocational_profile_versions pv ON pv.client_id = p.client_id AND pv.version = p.version
    WHERE c.organisation_id = ${organisationId}
      AND ${clientId === undefined
        ? sql`EXISTS (SELECT 1 FROM trajectories t WHERE t.client_id = c.id AND t.status = 'open' AND t.phase IN (${sql.join(RANKED_PHASES)}))`
        : sql`c.id = ${clientId}`}
    ORDER BY c.id`.execute(db);
  return rows;
}

export async function organisationRegion(db: Q, organisationId: string): Promise<Region> {
  const row = await db.selectFrom('organisations').select('region').where('id', '=', organisationId).executeTakeFirstOrThrow();
  return row.region;
}

/**
 * Everything the index of an organisation is built from, read in one snapshot together with
 * the version it belongs to: a change committed after the snapshot moves the version past it,
 * so the next ranking rebuilds.
 */
export async function candidateSnapshot(db: Kysely<DB>, organisationId: string) {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (trx) => {
    const version = await matchingVersion(trx, organisationId);
    const region = await organisationRegion(trx, organisationId);
    const rows = await candidateRows(trx, organisationId);
    return { version, region, rows };
  });
}

/** A client as a ranking shows them. */
export interface RankableClient {
  id: string;
  name: string;
  phase: number;
}

/** Clients of the organisation with an open trajectory in phase 3 or 4. */
function rankable(db: Q, organisationId: string) {
  return db
    .selectFrom('clients')
    .innerJoin('trajectories as t', (j) => j.onRef('t.client_id', '=', 'clients.id').on('t.status', '=', 'open'))
    .select('clients.id')
    .where('clients.organisation_id', '=', organisationId)
    .where('t.phase', 'in', [...RANKED_PHASES]);
}

/**
 * The clients the caller may see ranked for a vacancy of their own organisation: those they
 * coach, or lead the coaches of (visibleClients without a purpose), in phase 3 or 4. Only the
 * ids (a coach may have thousands): names are read for the ones shown (clientRefs).
 * `coached`: the caller is one of the client's own coaches (else a team lead, whose reads are audited).
 */
export async function teamCandidates(db: Q, actor: Actor, organisationId: string): Promise<{ id: string; coached: boolean }[]> {
  const rows = await rankable(db, organisationId)
    .select((eb) => eb.exists(
      eb.selectFrom('client_assignments as ca').select(sql`1`.as('x')).whereRef('ca.client_id', '=', 'clients.id').where('ca.user_id', '=', actor.userId),
    ).as('coached'))
    .where(visibleClients(actor))
    .execute();
  return rows.map((r) => ({ id: r.id, coached: r.coached === true }));
}

/**
 * Names and phases of the clients a ranking shows (the phase of the open trajectory, else of
 * the latest: a trajectory closed while the request ran still names the client it ranked).
 */
export async function clientRefs(db: Q, organisationId: string, ids: readonly string[]): Promise<Map<string, RankableClient>> {
  if (ids.length === 0) return new Map();
  const rows = await refQuery(db).where('clients.organisation_id', '=', organisationId).where('clients.id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, phase: r.phase ?? 1 }]));
}

/**
 * Name and phase: the open trajectory through its (partial, unique) index; only without one
 * the latest trajectory (COALESCE evaluates that subquery only then).
 */
function refQuery(db: Q) {
  return db
    .selectFrom('clients')
    .leftJoin('trajectories as open', (j) => j.onRef('open.client_id', '=', 'clients.id').on('open.status', '=', 'open'))
    .select([
      'clients.id',
      sql<string>`clients.given_name || ' ' || clients.family_name`.as('name'),
      sql<number | null>`coalesce(open.phase, (SELECT t.phase FROM trajectories t WHERE t.client_id = clients.id ORDER BY t.opened_at DESC LIMIT 1))`.as('phase'),
    ]);
}

/**
 * A consent (of the client in `clients`) in force today naming the actor or the actor's
 * organisation, for job finding, whose categories hold both identity and vocational_profile.
 * The same test as access/clients.ts (consentInForce), with the categories in one consent.
 */
function proposable(eb: ExpressionBuilder<DB, 'clients'>, actor: Actor): Expression<SqlBool> {
  return eb.exists(
    eb.selectFrom('consents as c').select(sql`1`.as('x'))
      .whereRef('c.client_id', '=', 'clients.id')
      .where(sql<SqlBool>`c.purpose = 'job_finding' AND c.withdrawn_at IS NULL
        AND c.valid_from <= current_date AND (c.valid_until IS NULL OR c.valid_until >= current_date)
        AND (c.recipient_organisation_id = ${actor.organisationId} OR c.recipient_user_id = ${actor.userId})
        AND c.categories @> ARRAY['identity', 'vocational_profile']::text[]`),
  );
}

/**
 * The clients of the vacancy's (coaching) organisation that may be proposed to the caller, an
 * employer or intermediary: a consent in force for job finding that names them and covers
 * identity and the vocational profile; in phase 3 or 4.
 */
export async function consentedCandidates(db: Q, actor: Actor, organisationId: string): Promise<{ id: string }[]> {
  return rankable(db, organisationId).where((eb) => proposable(eb, actor)).execute();
}

/** One client as a ranking names them. */
export async function clientRef(db: Q, clientId: string): Promise<RankableClient | undefined> {
  const r = await refQuery(db).where('clients.id', '=', clientId).executeTakeFirst();
  return r ? { id: r.id, name: r.name, phase: r.phase ?? 1 } : undefined;
}

/** What the score needs of vacancies (with the refs a ranking shows), all of one organisation's open ones or one. */
export interface VacancyMatchRow {
  id: string;
  organisation_id: string;
  title: string;
  status: string;
  employer_id: string;
  employer_name: string;
  city: string;
  esco_code: string | null;
  hours_per_week: string | null;
  schedule_days: string[];
  shifts: string[];
  contract_kind: string;
  environment_tags: string[];
  lat: number | null;
  lon: number | null;
  tasks: unknown;
  scores: Record<string, number> | null;
}

function vacancyMatchQuery(db: Q) {
  return db
    .selectFrom('vacancies as v')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .leftJoin('employer_sites as s', 's.id', 'v.site_id')
    .leftJoin('job_analyses as j', 'j.vacancy_id', 'v.id')
    .leftJoin('vacancy_competence_profiles as p', 'p.vacancy_id', 'v.id')
    .select([
      'v.id', 'v.organisation_id', 'v.title', 'v.status', 'v.employer_id', 'e.name as employer_name', 'v.esco_code', 'v.hours_per_week',
      'v.schedule_days', 'v.shifts', 'v.contract_kind', 'v.environment_tags', 'j.tasks', 'p.scores',
      sql<string>`CASE WHEN v.city <> '' THEN v.city ELSE coalesce(s.city, '') END`.as('city'),
      // The site's coordinates as they are now, else those set when the vacancy was saved.
      sql<number | null>`CASE WHEN s.lat IS NOT NULL AND s.lon IS NOT NULL THEN s.lat ELSE v.lat END`.as('lat'),
      sql<number | null>`CASE WHEN s.lat IS NOT NULL AND s.lon IS NOT NULL THEN s.lon ELSE v.lon END`.as('lon'),
    ]);
}

/** One vacancy for ranking; the caller checked that it may see it (getVacancy). */
export async function vacancyForMatching(db: Q, vacancyId: string): Promise<VacancyMatchRow | undefined> {
  return vacancyMatchQuery(db).where('v.id', '=', vacancyId).executeTakeFirst();
}

/** The organisation's open vacancies, for ranking them for one client. */
export async function openVacancies(db: Q, organisationId: string): Promise<VacancyMatchRow[]> {
  return vacancyMatchQuery(db).where('v.organisation_id', '=', organisationId).where('v.status', '=', 'open').orderBy('v.id').execute();
}

/** The job-match checklists of these clients for one vacancy (match_checklists, 0010_placements.sql). */
export async function checklistsOf(db: Q, vacancyId: string, clientIds: readonly string[]) {
  if (clientIds.length === 0) return new Map<string, { decision: string; updatedAt: Date }>();
  const rows = await db.selectFrom('match_checklists').select(['client_id', 'decision', 'updated_at'])
    .where('vacancy_id', '=', vacancyId).where('client_id', 'in', [...clientIds]).execute();
  return new Map(rows.map((r) => [r.client_id, { decision: r.decision, updatedAt: r.updated_at }]));
}

/** The organisation's weights row (none: the defaults are in force). */
export async function weightsRow(db: Q, organisationId: string) {
  return db.selectFrom('match_weights as w').innerJoin('users as u', 'u.id', 'w.updated_by')
    .select(['w.weights', 'w.version', 'w.updated_at', 'w.updated_by', 'u.name as by_name'])
    .where('w.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** Saves when `expected` is the current version (0: defaults in force); answers the new one or undefined. */
export async function saveWeights(trx: Transaction<DB>, organisationId: string, expected: number, userId: string, weights: MatchWeights) {
  const values = { weights: JSON.stringify(weights), updated_by: userId, updated_at: new Date() };
  const row = expected === 0
    ? await trx.insertInto('match_weights').values({ organisation_id: organisationId, ...values })
      .onConflict((oc) => oc.column('organisation_id').doNothing()).returning('version').executeTakeFirst()
    : await trx.updateTable('match_weights').set({ ...values, version: sql<number>`version + 1` })
      .where('organisation_id', '=', organisationId).where('version', '=', expected)
      .returning('version').executeTakeFirst();
  return row?.version;
}

/** Back to the defaults when `expected` is the current version; answers whether it was (0: already the defaults). */
export async function resetWeights(trx: Transaction<DB>, organisationId: string, expected: number): Promise<boolean> {
  if (expected === 0) return (await weightsRow(trx, organisationId)) === undefined;
  const rows = await trx.deleteFrom('match_weights').where('organisation_id', '=', organisationId).where('version', '=', expected).returning('version').execute();
  return rows.length > 0;
}
