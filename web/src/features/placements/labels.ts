import { useTranslation } from 'react-i18next';
import { formatDay } from '../plan/format.ts';
import { liveRules, nextDueState } from './form.ts';
import type { Placement } from '../../../../common/schemas/placements.ts';

/** Texts about a placement in the interface language: period, length, next evaluation. */
export function usePlacementText() {
  const { t, i18n } = useTranslation('placements');
  const day = (iso: string) => formatDay(iso, i18n.language);
  return {
    day,
    period: (p: Pick<Placement, 'startDate' | 'endDate'>) =>
      p.endDate ? t('period.range', { start: day(p.startDate), end: day(p.endDate) }) : t('period.openEnded', { start: day(p.startDate) }),
    /** "14 weeks (70 working days)", or null for an open-ended placement. */
    length: (p: Pick<Placement, 'kind' | 'startDate' | 'endDate'>) => {
      const r = liveRules({ kind: p.kind, startDate: p.startDate, endDate: p.endDate ?? '', extensionReason: 'x' });
      return r.weeks === null ? null : t('period.length', { weeks: r.weeks.toLocaleString(i18n.language), days: r.workingDays });
    },
    /** "Overdue: …", "Soon: …", "Evaluation due on …" or "No evaluation planned": the state in words, never in colour only. */
    nextDue: (nextDue: string | null, today: string) => {
      const state = nextDueState(nextDue, today);
      return { state, text: state === null ? t('due.none') : t(`due.${state}`, { date: day(nextDue!) }) };
    },
  };
}
