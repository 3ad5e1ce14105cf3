import { sql, type Kysely, type Transaction } from 'kysely';
import type { PlacementEvaluationInput, PlacementInput } from '../../../../common/schemas/placements.ts';
import type { Actor } from '../../access/actor.ts';
import { visibleClients } from '../../access/clients.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

const placementColumns = [
  'p.id', 'p.organisation_id', 'p.client_id', 'c.given_name', 'c.family_name', 'p.employer_id', 'e.name as employer_name', 'p.site_id', 's.name as site_name',
  'p.vacancy_id', 'v.title as vacancy_title', 'p.kind', 'p.title', 'p.start_date', 'p.end_date', 'p.hours_per_week', 'p.extension_reason', 'p.status',
  'p.agreement', 'p.securing', 'p.created_at', 'p.updated_at', 'p.version',
] as const;

function placementQuery(db: Q, organisationId: string) {
  return db
    .selectFrom('placements as p')
    .innerJoin('clients as c', 'c.id', 'p.client_id')
    .innerJoin('employers as e', 'e.id', 'p.employer_id')
    .leftJoin('employer_sites as s', 's.id', 'p.site_id')
    .leftJoin('vacancies as v', 'v.id', 'p.vacancy_id')
    .select(placementColumns)
    .where('p.organisation_id', '=', organisationId);
}

export type PlacementRow = NonNullable<Awaited<ReturnType<typeof getPlacement>>>;

/** One placement of the organisation; the route decides (clientGrant) whether the actor may see its client. */
export async function getPlacement(db: Q, organisationId: string, id: string) {
  return placementQuery(db, organisationId).where('p.id', '=', id).executeTakeFirst();
}

/** Placements of the clients the actor coaches (or leads the coaches of), newest start first. */
export async function listPlacements(db: Q, actor: Actor, filter: { clientId?: string; employerId?: string; status?: string }) {
  let q = placementQuery(db, actor.organisationId)
    .where((eb) => eb.exists(eb.selectFrom('clients').select(sql`1`.as('x')).whereRef('clients.id', '=', 'p.client_id')
      .where('clients.organisation_id', '=', actor.organisationId).where(visibleClients(actor))));
  if (filter.clientId) q = q.where('p.client_id', '=', filter.clientId);
  if (filter.employerId) q = q.where('p.employer_id', '=', filter.employerId);
  if (filter.status) q = q.where('p.status', '=', filter.status);
  return q.orderBy('p.start_date', 'desc').orderBy('p.id').limit(500).execute();
}

export type EvaluationRow = Awaited<ReturnType<typeof listEvaluations>>[number];

/** The evaluations of these placements, by due date. */
export async function listEvaluations(db: Q, placementIds: readonly string[]) {
  if (placementIds.length === 0) return [];
  return db
    .selectFrom('placement_evaluations as pe')
    .leftJoin('users as u', 'u.id', 'pe.updated_by')
    .selectAll('pe')
    .select('u.name as by_name')
    .where('pe.placement_id', 'in', placementIds)
    .orderBy('pe.due_on')
    .orderBy('pe.id')
    .execute();
}

export async function getEvaluation(db: Q, placementId: string, id: string) {
  return db
    .selectFrom('placement_evaluations as pe')
    .leftJoin('users as u', 'u.id', 'pe.updated_by')
    .selectAll('pe')
    .select('u.name as by_name')
    .where('pe.placement_id', '=', placementId)
    .where('pe.id', '=', id)
    .executeTakeFirst();
}

/** The vacancy as the organisation keeps it: which employer it is at, or undefined. */
export async function ownVacancyEmployer(db: Q, organisationId: string, vacancyId: string) {
  return db.selectFrom('vacancies').select(['id', 'employer_id', 'status']).where('organisation_id', '=', organisationId).where('id', '=', vacancyId).executeTakeFirst();
}

function placementValues(input: PlacementInput) {
  return {
    employer_id: input.employerId, site_id: input.siteId, vacancy_id: input.vacancyId, kind: input.kind, title: input.title,
    start_date: input.startDate, end_date: input.endDate, hours_per_week: input.hoursPerWeek, extension_reason: input.extensionReason,
    status: input.status, agreement: JSON.stringify(input.agreement), securing: input.securing === null ? null : JSON.stringify(input.securing),
  };
}

export async function insertPlacement(trx: Transaction<DB>, organisationId: string, userId: string, input: PlacementInput) {
  return trx.insertInto('placements')
    .values({ organisation_id: organisationId, client_id: input.clientId, created_by: userId, ...placementValues(input) })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** Answers the new version, or undefined when `expected` is not the current one. The client of a placement never changes. */
export async function updatePlacement(trx: Transaction<DB>, organisationId: string, id: string, expected: number, input: PlacementInput) {
  const row = await trx.updateTable('placements')
    .set({ ...placementValues(input), updated_at: new Date(), version: sql<number>`version + 1` })
    .where('organisation_id', '=', organisationId).where('id', '=', id).where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function hasEvaluation(db: Q, placementId: string): Promise<boolean> {
  return (await db.selectFrom('placement_evaluations').select('id').where('placement_id', '=', placementId).limit(1).executeTakeFirst()) !== undefined;
}

function evaluationValues(e: PlacementEvaluationInput) {
  return {
    due_on: e.dueOn, held_on: e.heldOn, outcome: e.outcome, client_view: e.clientView, employer_view: e.employerView,
    coach_view: e.coachView, next_steps: e.nextSteps, participants: e.participants,
  };
}

export async function insertEvaluation(
  trx: Transaction<DB>, p: { organisationId: string; placementId: string; clientId: string },
  e: PlacementEvaluationInput, by: { userId: string | null; automatic: boolean },
) {
  return trx.insertInto('placement_evaluations')
    .values({
      organisation_id: p.organisationId, placement_id: p.placementId, client_id: p.clientId, ...evaluationValues(e),
      automatic: by.automatic, updated_by: by.userId, updated_at: new Date(),
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** Answers the new version, or undefined when `expected` is not the current one. */
export async function updateEvaluation(trx: Transaction<DB>, placementId: string, id: string, expected: number, userId: string, e: PlacementEvaluationInput) {
  const row = await trx.updateTable('placement_evaluations')
    .set({ ...evaluationValues(e), updated_by: userId, updated_at: new Date(), version: sql<number>`version + 1` })
    .where('placement_id', '=', placementId).where('id', '=', id).where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** Marks the vacancy filled (a new version of it); false when it already was. */
export async function fillVacancy(trx: Transaction<DB>, organisationId: string, vacancyId: string): Promise<boolean> {
  const res = await trx.updateTable('vacancies')
    .set({ status: 'filled', updated_at: new Date(), version: sql<number>`version + 1` })
    .where('organisation_id', '=', organisationId).where('id', '=', vacancyId).where('status', '<>', 'filled')
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}
