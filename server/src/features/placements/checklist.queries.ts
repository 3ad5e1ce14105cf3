import { sql, type Kysely, type Transaction } from 'kysely';
import type { MatchChecklistInput } from '../../../../common/schemas/matching.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

export type ChecklistRow = NonNullable<Awaited<ReturnType<typeof getChecklist>>>;

export async function getChecklist(db: Q, vacancyId: string, clientId: string) {
  return db
    .selectFrom('match_checklists as m')
    .innerJoin('users as u', 'u.id', 'm.updated_by')
    .selectAll('m')
    .select('u.name as by_name')
    .where('m.vacancy_id', '=', vacancyId)
    .where('m.client_id', '=', clientId)
    .executeTakeFirst();
}

/** What the matching score said of the pair when the checklist was saved (null when it could not be scored). */
export interface ScoreAtSave { score: number | null; reasons: unknown[] | null }

/** Saves when `expected` is the current version (0: none yet); answers the new one or undefined. */
export async function saveChecklist(
  trx: Transaction<DB>, pair: { organisationId: string; vacancyId: string; clientId: string }, expected: number, userId: string,
  input: MatchChecklistInput, scored: ScoreAtSave,
) {
  const values = {
    answers: JSON.stringify(input.answers), duration_kind: input.durationKind, decision: input.decision, decision_note: input.decisionNote,
    score_at_save: scored.score, reasons_at_save: scored.reasons === null ? null : JSON.stringify(scored.reasons), updated_by: userId, updated_at: new Date(),
  };
  const row = expected === 0
    ? await trx.insertInto('match_checklists')
      .values({ organisation_id: pair.organisationId, vacancy_id: pair.vacancyId, client_id: pair.clientId, ...values })
      .onConflict((oc) => oc.columns(['vacancy_id', 'client_id']).doNothing()).returning('version').executeTakeFirst()
    : await trx.updateTable('match_checklists').set({ ...values, version: sql<number>`version + 1` })
      .where('organisation_id', '=', pair.organisationId).where('vacancy_id', '=', pair.vacancyId).where('client_id', '=', pair.clientId)
      .where('version', '=', expected)
      .returning('version').executeTakeFirst();
  return row?.version;
}
