import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONSTRAINTS, type MatchReason, type MatchWeights, type ScoreComponents } from '../../../../common/matching.ts';
import type { Locale } from '../../../../common/roles.ts';
import type { ClientMatches, VacancyMatches } from '../../../../common/schemas/matching.ts';
import { api } from '../../api/client.ts';
import { clientKey } from '../clients/dossier.tsx';
import { vacancyKey } from '../vacancies/vacancy.tsx';
import { formatNumber, groupReasons, REASON_GROUPS, reasonText, signedPoints, type Translate } from './reasons.ts';
import './matching.css';

type WithReasons<T> = Omit<T, 'reasons'> & { reasons: MatchReason[] };
/** The answers with the precise reason type (the schema keeps the conflict details loose). */
export type VacancyRanking = Omit<VacancyMatches, 'results' | 'excluded'> & {
  results: WithReasons<VacancyMatches['results'][number]>[];
  excluded: WithReasons<VacancyMatches['excluded'][number]>[];
};
export type ClientRanking = Omit<ClientMatches, 'results' | 'excluded'> & {
  results: WithReasons<ClientMatches['results'][number]>[];
  excluded: WithReasons<ClientMatches['excluded'][number]>[];
};

/** How many results a ranking page asks for. */
export const RANKING_LIMIT = 50;

export function useVacancyMatches(vacancyId: string) {
  return useQuery({
    queryKey: vacancyKey(vacancyId, 'matches'),
    queryFn: () => api<VacancyRanking>('GET', `/api/vacancies/${vacancyId}/matches`, { query: { limit: RANKING_LIMIT } }),
  });
}

export function useClientMatches(clientId: string) {
  return useQuery({
    queryKey: clientKey(clientId, 'matches'),
    queryFn: () => api<ClientRanking>('GET', `/api/clients/${clientId}/matches`, { query: { limit: RANKING_LIMIT } }),
  });
}

/** The `matching` namespace and the interface language, for the reason words. */
export function useMatchingText() {
  const { t, i18n } = useTranslation('matching');
  const locale = (i18n.language ?? 'nl-BE') as Locale;
  const tt = t as unknown as Translate;
  return { t: tt, locale, reason: (r: MatchReason) => reasonText(r, tt, locale) };
}

export function formatDateTime(iso: string, locale: Locale): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

/**
 * The reasons of one result in groups (conditions and conflicts, gaps, strongest fits,
 * preferences), each a heading and a list; empty groups are left out.
 */
export function ReasonGroups({ reasons, level = 4 }: { reasons: readonly MatchReason[]; level?: 3 | 4 | 5 }) {
  const { t, reason } = useMatchingText();
  const groups = groupReasons(reasons);
  const H = `h${level}` as 'h3' | 'h4' | 'h5';
  // The danger bar only when a condition is not met: a distance within the limit is information.
  const conflict = groups.conflicts.some((r) => r.code === 'conflict' || r.code === 'distance_near_limit');
  return (
    <div className="match-reasons">
      {REASON_GROUPS.filter((g) => groups[g].length > 0).map((g) => (
        <div key={g} className={`match-reasons__group match-reasons__group--${g === 'conflicts' && !conflict ? 'conditions' : g}`}>
          <H>{t(`groups.${g}`)}</H>
          <ul>
            {groups[g].map((r, i) => (
              <li key={i}>{reason(r)}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

const COMPONENT_KEYS = ['competence', 'significantGaps', 'occupation', 'tasks', 'environment', 'flags'] as const;

/** The points of a score by part, with their sign, as a description list. */
export function ScoreBreakdown({ components, level = 4 }: { components: ScoreComponents; level?: 4 | 5 }) {
  const { t, locale } = useMatchingText();
  const H = `h${level}` as 'h4' | 'h5';
  return (
    <div className="match-components">
      <H>{t('components.heading')}</H>
      <dl>
        {COMPONENT_KEYS.map((k) => (
          <div key={k}>
            <dt>{t(`components.${k}`)}</dt>
            <dd>{signedPoints(components[k], locale)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Every weight with its label and value, in the order of the weights page. */
export function weightRows(w: MatchWeights, t: Translate, locale: Locale): { key: string; label: string; value: string }[] {
  const n = (x: number) => formatNumber(x, locale);
  const share = (x: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(x);
  return [
    { key: 'competence', label: t('weights.fields.competence.label'), value: n(w.competence) },
    { key: 'closableCredit', label: t('weights.fields.closableCredit.label'), value: share(w.closableCredit) },
    { key: 'significantGapPenalty', label: t('weights.fields.significantGapPenalty.label'), value: n(w.significantGapPenalty) },
    ...(['exact', 'isco4', 'isco3', 'isco2'] as const).map((k) => ({
      key: `occupation.${k}`, label: `${t('weights.occupationHeading')}: ${t(`weights.fields.occupation.${k}.label`)}`, value: n(w.occupation[k]),
    })),
    { key: 'tasks', label: t('weights.fields.tasks.label'), value: n(w.tasks) },
    { key: 'environment', label: t('weights.fields.environment.label'), value: n(w.environment) },
    ...CONSTRAINTS.map((c) => ({
      key: `constraints.${c}`, label: `${t('weights.constraintsHeading')}: ${t(`vocab.constraints.${c}`)}`, value: t(`vocab.effects.${w.constraints[c]}`),
    })),
    { key: 'flagPenalty', label: t('weights.fields.flagPenalty.label'), value: n(w.flagPenalty) },
    { key: 'distanceNearLimitShare', label: t('weights.fields.distanceNearLimitShare.label'), value: share(w.distanceNearLimitShare) },
    { key: 'distanceNearLimitPenalty', label: t('weights.fields.distanceNearLimitPenalty.label'), value: n(w.distanceNearLimitPenalty) },
  ];
}

/** How the score is computed, in words (docs/matching.md for readers of a ranking). */
export function ScoreExplanation({ id, level = 3, employer = false }: { id: string; level?: 2 | 3; employer?: boolean }) {
  const { t } = useMatchingText();
  const H = `h${level}` as 'h2' | 'h3';
  return (
    <section className="score-explanation" aria-labelledby={id}>
      <H id={id} tabIndex={-1}>{t('why.explanation.heading')}</H>
      <p>{t('why.explanation.constraints')}</p>
      <p>{t('why.explanation.competence')}</p>
      <p>{t('why.explanation.preferences')}</p>
      <p>{employer ? t('why.explanation.adviceEmployer') : t('why.explanation.advice')}</p>
    </section>
  );
}

/** "Why this order?": the weights the ranking was computed with (all of them) and how the score works. */
export function WhyRanked({ weights, canChange, employer = false }: { weights: MatchWeights; canChange: boolean; employer?: boolean }) {
  const { t, locale } = useMatchingText();
  const explanationId = 'score-explanation';
  return (
    <details className="match-why">
      <summary>{t('why.summary')}</summary>
      <p>{t('why.intro')}</p>
      <p>
        <a href={`#${explanationId}`}>{t('why.explanationLink')}</a>
        {canChange ? <> · <Link to="/admin/matching">{t('why.settingsLink')}</Link></> : null}
      </p>
      <table className="match-weights">
        <caption>{t('why.weightsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('why.weight')}</th>
            <th scope="col">{t('why.value')}</th>
          </tr>
        </thead>
        <tbody>
          {weightRows(weights, t, locale).map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScoreExplanation id={explanationId} employer={employer} />
    </details>
  );
}

/** The count of excluded results per constraint, only the constraints that excluded someone. */
export function ExcludedCounts({ excludedBy }: { excludedBy: Record<(typeof CONSTRAINTS)[number], number> }) {
  const { t } = useMatchingText();
  const rows = CONSTRAINTS.filter((c) => excludedBy[c] > 0);
  if (rows.length === 0) return null;
  return (
    <dl className="match-excluded-counts">
      {rows.map((c) => (
        <div key={c}>
          <dt>{t(`vocab.constraints.${c}`)}</dt>
          <dd>{excludedBy[c]}</dd>
        </div>
      ))}
    </dl>
  );
}
