import { competenceLabel } from '../../../../common/competences.labels.ts';
import type { MatchReason, MatchWeights } from '../../../../common/matching.ts';
import type { Locale } from '../../../../common/roles.ts';

/**
 * Words for the reasons of a ranking (docs/matching.md, "Reasons"): every code with its
 * parameters becomes one sentence in the interface language. `t` is the `matching` namespace.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** 12.3 → "12,3" (nl) or "12.3" (en); hours per week may have two decimals. */
export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** Points with their sign: "+14", "−10", "0". */
export function signedPoints(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(n).replace('-', '−');
}

/** ["a", "b", "c"] → "a, b en c" / "a, b and c". */
export function listOf(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(items);
}

type Reason<C extends MatchReason['code']> = Extract<MatchReason, { code: C }>;

function conflictDetail(r: Reason<'conflict'>, t: Translate, locale: Locale): string {
  const n = (x: number) => formatNumber(x, locale);
  switch (r.constraint) {
    case 'hours':
      return t('reasons.conflict.hours', { hours: n(r.hoursPerWeek), max: n(r.maxHoursPerWeek) });
    case 'schedule':
      return t('reasons.conflict.schedule', {
        missing: listOf([...r.missingDays.map((d) => t(`vocab.days.${d}`)), ...r.missingShifts.map((s) => t(`vocab.shifts.${s}`))], locale),
      });
    case 'distance':
      return t('reasons.conflict.distance', { km: n(r.km), max: n(r.maxKm) });
    case 'contract':
      return t('reasons.conflict.contract', {
        contract: t(`vocab.contracts.${r.contract}`),
        accepted: listOf(r.accepted.map((c) => t(`vocab.contracts.${c}`)), locale),
      });
    case 'environment':
      return t('reasons.conflict.environment', { tags: listOf(r.tags.map((tag) => t(`vocab.environment.${tag}`)), locale) });
  }
}

/** One reason as a sentence. */
export function reasonText(r: MatchReason, t: Translate, locale: Locale): string {
  const n = (x: number) => formatNumber(x, locale);
  const pts = (x: number) => signedPoints(x, locale);
  switch (r.code) {
    case 'conflict': {
      const detail = conflictDetail(r, t, locale);
      return r.effect === 'exclude' ? t('reasons.exclude', { detail }) : t('reasons.flag', { detail, points: pts(r.points) });
    }
    case 'distance_near_limit':
      return t('reasons.nearLimit', { km: n(r.km), max: n(r.maxKm), points: pts(r.points) });
    case 'distance':
      return r.maxKm === null ? t('reasons.distanceNoMax', { km: n(r.km) }) : t('reasons.distance', { km: n(r.km), max: n(r.maxKm) });
    case 'not_stated':
      return t(`reasons.notStated.${r.constraint}`);
    case 'no_requirements':
      return t('reasons.noRequirements');
    case 'fit':
      return t('reasons.fit', { item: competenceLabel(r.item, locale), required: r.required, capacity: r.capacity });
    case 'gap': {
      let text = t('reasons.gap', { item: competenceLabel(r.item, locale), required: r.required, capacity: r.capacity, shortfall: r.shortfall });
      if (r.significant) text += t('reasons.gapSignificant');
      if (r.closableBy) text += t('reasons.gapClosable', { closer: t(`vocab.closers.${r.closableBy}`) });
      else if (r.significant) text += t('reasons.gapOpen');
      return text;
    }
    case 'unassessed':
      return t('reasons.unassessed', { item: competenceLabel(r.item, locale), required: r.required });
    case 'occupation':
      return t(`reasons.occupation.${r.level}`, { desired: r.desiredCode, vacancy: r.vacancyCode, points: pts(r.points) });
    case 'tasks':
      return t('reasons.tasks', { tasks: listOf(r.matched, locale), count: r.matched.length, total: r.total, points: pts(r.points) });
    case 'environment':
      return t('reasons.environment', {
        tags: listOf(r.matched.map((tag) => t(`vocab.environment.${tag}`)), locale), count: r.matched.length, preferred: r.preferred, points: pts(r.points),
      });
  }
}

/** How the ranking page groups the reasons of a result. */
export const REASON_GROUPS = ['conflicts', 'gaps', 'fits', 'preferences'] as const;
export type ReasonGroup = (typeof REASON_GROUPS)[number];

export function reasonGroup(r: MatchReason): ReasonGroup {
  switch (r.code) {
    case 'conflict':
    case 'distance_near_limit':
    case 'distance':
    case 'not_stated':
      return 'conflicts';
    case 'gap':
    case 'unassessed':
    case 'no_requirements':
      return 'gaps';
    case 'fit':
      return 'fits';
    case 'occupation':
    case 'tasks':
    case 'environment':
      return 'preferences';
  }
}

/** The reasons by group, each keeping the server's order (largest gap first, strongest fit first). */
export function groupReasons(reasons: readonly MatchReason[]): Record<ReasonGroup, MatchReason[]> {
  const out: Record<ReasonGroup, MatchReason[]> = { conflicts: [], gaps: [], fits: [], preferences: [] };
  for (const r of reasons) out[reasonGroup(r)].push(r);
  return out;
}

/** The highest score the weights allow: every requirement and every preference met, nothing flagged. */
export function maxScore(w: MatchWeights): number {
  return Math.round((w.competence + Math.max(w.occupation.exact, w.occupation.isco4, w.occupation.isco3, w.occupation.isco2) + w.tasks + w.environment) * 10) / 10;
}

/** Whether every result says the vacancy has no requirements (an empty competence profile). */
export function lacksRequirements(results: readonly { reasons: readonly MatchReason[] }[]): boolean {
  return results.length > 0 && results.every((r) => r.reasons.some((x) => x.code === 'no_requirements'));
}
