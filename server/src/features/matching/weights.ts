import type { MatchWeights } from './types.ts';

/**
 * The default weights (docs/matching.md, "Weights"): competence fit dominates, preferences add
 * up to 40, a conflict that is only flagged costs as much as a strong preference.
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze({
  competence: 60,
  closableCredit: 0.5,
  significantGapPenalty: 5,
  occupation: Object.freeze({ exact: 20, isco4: 14, isco3: 8, isco2: 4 }),
  tasks: 12,
  environment: 8,
  constraints: Object.freeze({ hours: 'exclude', schedule: 'exclude', distance: 'exclude', contract: 'flag', environment: 'exclude' }),
  flagPenalty: 10,
  distanceNearLimitShare: 0.8,
  distanceNearLimitPenalty: 2,
}) as MatchWeights;

export type MatchWeightsOverride = Partial<Omit<MatchWeights, 'occupation' | 'constraints'>> & {
  occupation?: Partial<MatchWeights['occupation']>;
  constraints?: Partial<MatchWeights['constraints']>;
};

/** An organisation's weights: its overrides on top of the defaults. */
export function matchWeights(override: MatchWeightsOverride = {}): MatchWeights {
  const d = DEFAULT_MATCH_WEIGHTS;
  const w: MatchWeights = {
    ...d,
    ...override,
    occupation: { ...d.occupation, ...override.occupation },
    constraints: { ...d.constraints, ...override.constraints },
  };
  const points = [w.competence, w.significantGapPenalty, w.tasks, w.environment, w.flagPenalty, w.distanceNearLimitPenalty, ...Object.values(w.occupation)];
  if (points.some((p) => !Number.isFinite(p) || p < 0 || p > 1000)) throw new RangeError('Match weights are points between 0 and 1000');
  for (const share of [w.closableCredit, w.distanceNearLimitShare]) {
    if (!(share >= 0 && share <= 1)) throw new RangeError('Match weight shares are between 0 and 1');
  }
  return w;
}
