import { sql, type Kysely, type Transaction } from 'kysely';
import type { AgreementParty } from '../../../../common/schemas/action-plan.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

/**
 * Every query here takes a client id that a gate in access/clients.ts has already let
 * through (readClient or writeClient), and limits itself to that client's plans.
 */
function planQuery(db: Q) {
  return db
    .selectFrom('action_plans as p')
    .innerJoin('users as creator', 'creator.id', 'p.created_by')
    .leftJoin('action_plan_evaluations as e', 'e.plan_id', 'p.id')
    .leftJoin('users as evaluator', 'evaluator.id', 'e.recorded_by')
    .select([
      'p.id', 'p.client_id', 'p.number', 'p.status', 'p.plan_date', 'p.follow_up_date', 'p.provider_name', 'p.items',
      'p.created_by', 'creator.name as created_by_name', 'p.created_at', 'p.updated_at', 'p.version',
      'p.client_agreed_name', 'p.client_agreed_at', 'p.client_agreed_by',
      'p.coach_agreed_name', 'p.coach_agreed_at', 'p.coach_agreed_by',
      sql<boolean>`p.client_signature IS NOT NULL`.as('client_signed'),
      sql<boolean>`p.coach_signature IS NOT NULL`.as('coach_signed'),
      'e.evaluated_on', 'e.outcome', 'e.next_step', 'e.participants', 'e.items as evaluation_items',
      'e.recorded_by', 'evaluator.name as recorded_by_name', 'e.recorded_at',
    ]);
}

export type PlanRow = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

/** All versions of a client's plan, newest first. */
export async function listPlans(db: Q, clientId: string) {
  return planQuery(db).where('p.client_id', '=', clientId).orderBy('p.number', 'desc').execute();
}

export async function getPlan(db: Q, clientId: string, planId: string) {
  return planQuery(db).where('p.client_id', '=', clientId).where('p.id', '=', planId).executeTakeFirst();
}

export async function latestPlan(db: Q, clientId: string) {
  return planQuery(db).where('p.client_id', '=', clientId).orderBy('p.number', 'desc').limit(1).executeTakeFirst();
}

/** The drawn signatures of one version, for the PDF. */
export async function planSignatures(db: Q, planId: string) {
  return db.selectFrom('action_plans').select(['client_signature', 'coach_signature']).where('id', '=', planId).executeTakeFirstOrThrow();
}

export interface PlanContent {
  planDate: string;
  followUpDate: string | null;
  providerName: string;
  items: unknown[];
}

/**
 * Adds the next version as a draft. Two requests at once compute the same number and the
 * unique index turns the loser into 409, as does a second draft (action_plans_one_draft).
 */
export async function insertPlan(db: Q, organisationId: string, clientId: string, createdBy: string, content: PlanContent) {
  const { id } = await db
    .insertInto('action_plans')
    .values({
      organisation_id: organisationId,
      client_id: clientId,
      number: sql<number>`(SELECT coalesce(max(number), 0) + 1 FROM action_plans WHERE client_id = ${clientId})`,
      plan_date: content.planDate,
      follow_up_date: content.followUpDate,
      provider_name: content.providerName,
      items: JSON.stringify(content.items),
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Replaces a draft's content when `version` is current. A change of content ends any
 * agreement already given: that party agreed to something else. Undefined when the row is
 * stale or no longer a draft.
 */
export async function updateDraft(db: Q, clientId: string, planId: string, version: number, content: PlanContent) {
  return db
    .updateTable('action_plans')
    .set({
      plan_date: content.planDate,
      follow_up_date: content.followUpDate,
      provider_name: content.providerName,
      items: JSON.stringify(content.items),
      client_agreed_name: null, client_agreed_at: null, client_agreed_by: null, client_signature: null,
      coach_agreed_name: null, coach_agreed_at: null, coach_agreed_by: null, coach_signature: null,
      updated_at: sql<Date>`now()`,
      version: sql<number>`version + 1`,
    })
    .where('client_id', '=', clientId)
    .where('id', '=', planId)
    .where('status', '=', 'draft')
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

/**
 * Records one party's agreement to the version they saw (`version`); the second agreement
 * freezes it. Undefined when stale, frozen, or this party already agreed.
 */
export async function recordAgreement(
  db: Q,
  clientId: string,
  planId: string,
  version: number,
  party: AgreementParty,
  a: { name: string; userId: string; signature: string | null },
) {
  const other = party === 'client' ? sql.ref('coach_agreed_at') : sql.ref('client_agreed_at');
  const values = party === 'client'
    ? { client_agreed_name: a.name, client_agreed_at: sql<Date>`now()`, client_agreed_by: a.userId, client_signature: a.signature }
    : { coach_agreed_name: a.name, coach_agreed_at: sql<Date>`now()`, coach_agreed_by: a.userId, coach_signature: a.signature };
  return db
    .updateTable('action_plans')
    .set({
      ...values,
      status: sql<'draft' | 'agreed'>`CASE WHEN ${other} IS NOT NULL THEN 'agreed' ELSE 'draft' END`,
      updated_at: sql<Date>`now()`,
      version: sql<number>`version + 1`,
    })
    .where('client_id', '=', clientId)
    .where('id', '=', planId)
    .where('status', '=', 'draft')
    .where('version', '=', version)
    .where(party === 'client' ? 'client_agreed_at' : 'coach_agreed_at', 'is', null)
    .returning(['id', 'status'])
    .executeTakeFirst();
}

export async function insertEvaluation(
  db: Q,
  organisationId: string,
  clientId: string,
  planId: string,
  e: { evaluatedOn: string; outcome: 'continue' | 'adjust' | 'achieved' | 'stopped'; nextStep: string; participants: string; items: unknown[]; recordedBy: string },
) {
  await db
    .insertInto('action_plan_evaluations')
    .values({
      plan_id: planId,
      organisation_id: organisationId,
      client_id: clientId,
      evaluated_on: e.evaluatedOn,
      outcome: e.outcome,
      next_step: e.nextStep,
      participants: e.participants,
      items: JSON.stringify(e.items),
      recorded_by: e.recordedBy,
    })
    .execute();
}

/** Today by the database's clock, the one every other date rule uses. */
export async function today(db: Q): Promise<string> {
  const row = await sql<{ d: string }>`SELECT current_date::text AS d`.execute(db);
  return row.rows[0]!.d;
}
