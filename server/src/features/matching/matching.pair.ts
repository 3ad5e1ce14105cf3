import type { MatchReason } from '../../../../common/matching.ts';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { toCandidate, toMatchVacancy } from './matching.loader.ts';
import { candidateRows, organisationRegion, vacancyForMatching, weightsRow } from './matching.queries.ts';
import { weightsInForce } from './matching.service.ts';
import { rankVacancies } from './score.ts';

/**
 * The score and reasons of one client for one vacancy, as a ranking would show them now, with
 * the organisation's weights: kept with a job-match checklist so the record shows what was
 * weighed. An excluded pair has no score and the reasons of its exclusion; null when either
 * side is missing.
 */
export async function scorePair(db: Kysely<DB> | Transaction<DB>, organisationId: string, vacancyId: string, clientId: string): Promise<{ score: number | null; reasons: MatchReason[] } | null> {
  const [vacancy, rows, region, weights] = await Promise.all([
    vacancyForMatching(db, vacancyId),
    candidateRows(db, organisationId, clientId),
    organisationRegion(db, organisationId),
    weightsRow(db, organisationId).then(weightsInForce),
  ]);
  if (!vacancy || !rows[0]) return null;
  const ranking = rankVacancies(toCandidate(rows[0], region), [toMatchVacancy(vacancy)], weights, 1);
  const result = ranking.results[0];
  if (result) return { score: result.score, reasons: result.reasons };
  const excluded = ranking.excluded[0];
  return excluded ? { score: null, reasons: excluded.reasons } : null;
}
