import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { todayIso } from '../plan/format.ts';
import { currentPlacement, nextEvaluationDue } from './form.ts';
import { usePlacementText } from './labels.ts';
import { usePlacements } from './queries.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './placements.css';

/**
 * The block "Stages en jobs" of the dossier overview: the ongoing (or next planned) placement
 * and the next evaluation due, with a link to the placements.
 */
export function PlacementsSummary({ clientId }: { clientId: string }) {
  const { t } = useTranslation('placements');
  const text = usePlacementText();
  const placements = usePlacements(clientId);
  const current = placements.data ? currentPlacement(placements.data, todayIso()) : null;
  const due = placements.data ? text.nextDue(nextEvaluationDue(placements.data), todayIso()) : null;
  return (
    <section className="dossier-block" aria-labelledby="placements-summary-title">
      <h2 id="placements-summary-title">{t('overview.heading')}</h2>
      {placements.isPending ? <Loading /> : null}
      {placements.isError ? <LoadError error={placements.error} retry={() => void placements.refetch()} /> : null}
      {placements.isSuccess ? (
        <dl className="details">
          <dt>{current?.status === 'planned' ? t('overview.upcoming') : t('overview.current')}</dt>
          <dd>
            {current ? (
              <Link to={`/clients/${clientId}/placements/${current.id}`}>
                {t('list.itemTitle', { kind: t(`kinds.${current.kind}`), title: current.title, employer: current.employer.name })}
              </Link>
            ) : t('overview.none')}
            {current ? <>, {text.period(current)}</> : null}
          </dd>
          <dt>{t('overview.nextEvaluation')}</dt>
          <dd className={due && (due.state === 'overdue' || due.state === 'soon') ? `due due--${due.state}` : undefined}>{due?.text}</dd>
        </dl>
      ) : null}
      <p>
        <Link to={`/clients/${clientId}/placements`}>{t('overview.open')}</Link>
      </p>
    </section>
  );
}
