import type { MatchWeights } from '../../../../common/matching.ts';
import { CHECKLIST_DECISIONS, type ClientMatches, type MatchWeightsSettings, type VacancyMatches } from '../../../../common/schemas/matching.ts';
import { HttpProblem } from '../../lib/errors.ts';
import type { RankableClient, VacancyMatchRow, weightsRow } from './matching.queries.ts';
import { DEFAULT_MATCH_WEIGHTS, matchWeights, type Ranking } from './score.ts';

type WeightsRow = Awaited<ReturnType<typeof weightsRow>>;
type Decision = (typeof CHECKLIST_DECISIONS)[number];

const iso = (d: Date | string) => new Date(d).toISOString();

/** The weights in force: the organisation's, else the defaults. */
export function weightsInForce(row: WeightsRow): MatchWeights {
  return row ? matchWeights(row.weights) : DEFAULT_MATCH_WEIGHTS;
}

export function toWeightsSettings(row: WeightsRow): MatchWeightsSettings {
  return {
    weights: weightsInForce(row),
    defaults: DEFAULT_MATCH_WEIGHTS,
    version: row?.version ?? 0,
    updatedAt: row ? iso(row.updated_at) : null,
    updatedBy: row ? { id: row.updated_by, name: row.by_name } : null,
  };
}

/**
 * Weights that passed the schema, checked once more by the score's own rule (matchWeights), so
 * what is stored is exactly what the score accepts. Out of range: 400 with a clear message.
 */
export function checkedWeights(input: MatchWeights): MatchWeights {
  try {
    return matchWeights(input);
  } catch (err) {
    if (err instanceof RangeError) throw new HttpProblem(400, 'validation', { errors: [{ path: '', message: err.message }] });
    throw err;
  }
}

const decisionOf = (d: string): Decision => ((CHECKLIST_DECISIONS as readonly string[]).includes(d) ? (d as Decision) : 'open');

/**
 * A ranking of candidates as the API answers it. Every id in it is one the caller may see (the
 * `only` set); `clients` names them. One that is gone by now (a dossier deleted while the request
 * ran) is left out rather than shown without a name.
 */
export function toVacancyMatches(
  vacancy: { id: string; title: string },
  ranking: Ranking,
  clients: ReadonlyMap<string, RankableClient>,
  checklists: ReadonlyMap<string, { decision: string; updatedAt: Date }> | null,
): VacancyMatches {
  return {
    vacancy,
    results: ranking.results.flatMap((r) => {
      const client = clients.get(r.id);
      if (!client) return [];
      const checklist = checklists?.get(r.id);
      return [{
        rank: r.rank, score: r.score, components: r.components, reasons: r.reasons, client,
        checklist: checklist ? { decision: decisionOf(checklist.decision), updatedAt: iso(checklist.updatedAt) } : null,
      }];
    }),
    excluded: ranking.excluded.flatMap((e) => {
      const client = clients.get(e.id);
      return client ? [{ client, reasons: e.reasons }] : [];
    }),
    considered: ranking.considered,
    excludedCount: ranking.excludedCount,
    excludedBy: ranking.excludedBy,
    weights: ranking.weights,
  };
}

export function toVacancyRef(v: VacancyMatchRow) {
  return { id: v.id, title: v.title, employer: { id: v.employer_id, name: v.employer_name }, city: v.city, status: v.status };
}

/** A ranking of vacancies for one client as the API answers it. */
export function toClientMatches(client: RankableClient, ranking: Ranking, vacancies: ReadonlyMap<string, VacancyMatchRow>): ClientMatches {
  const ref = (id: string) => toVacancyRef(vacancies.get(id)!);
  return {
    client: { id: client.id, name: client.name, phase: client.phase },
    results: ranking.results.map((r) => ({ rank: r.rank, score: r.score, components: r.components, reasons: r.reasons, vacancy: ref(r.id) })),
    excluded: ranking.excluded.map((e) => ({ vacancy: ref(e.id), reasons: e.reasons })),
    considered: ranking.considered,
    excludedCount: ranking.excludedCount,
    excludedBy: ranking.excludedBy,
    weights: ranking.weights,
  };
}
