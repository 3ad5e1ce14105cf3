import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trajectory } from '../../../../common/schemas/clients.ts';
import { useCan } from '../../api/session.ts';
import { TableWrap } from '../../ui/page.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { DossierPage, useDossier } from './dossier.tsx';
import { useFormat } from './format.ts';
import { usePhaseLabel } from './labels.ts';
import { timeline } from './trajectory.ts';
import { CloseForm, MoveForm, ReopenForm } from './TrajectoryForms.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './clients.css';

const STATUS_ID = 'trajectory-status';

/** The trajectory through the EUSE phases: where it is, how it got there, and moving it on. */
export function TrajectoryPage() {
  const { t } = useTranslation('clients');
  const { client } = useDossier();
  const canUpdate = useCan('clients.update');
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const trajectory = client.trajectory;
  // Forms start empty again after a change of theirs went through (not after a stale one: that keeps the input).
  const [round, setRound] = useState(0);
  const done = (message: string) => {
    setRound((n) => n + 1);
    live.say(<p>{message}</p>);
    focusLater(STATUS_ID);
  };

  return (
    <DossierPage section={t('dossier.sections.trajectory')}>
      <LiveStatus message={live.message} id={STATUS_ID} />
      {trajectory ? (
        <>
          <Current trajectory={trajectory} />
          {canUpdate ? (
            <div className="dossier-grid">
              {trajectory.status === 'open' ? (
                <>
                  <MoveForm key={`move-${trajectory.id}-${round}`} trajectory={trajectory} onDone={done} />
                  <CloseForm key={`close-${trajectory.id}-${round}`} trajectory={trajectory} onDone={done} />
                </>
              ) : (
                <ReopenForm key={`reopen-${trajectory.id}-${round}`} trajectory={trajectory} onDone={done} />
              )}
            </div>
          ) : null}
          <Timeline trajectory={trajectory} />
          <Earlier trajectory={trajectory} />
        </>
      ) : (
        <p>{t('trajectory.none')}</p>
      )}
    </DossierPage>
  );
}

function Current({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation('clients');
  const phaseLabel = usePhaseLabel();
  const format = useFormat();
  return (
    <section aria-labelledby="current-title">
      <h2 id="current-title">{t('trajectory.current')}</h2>
      <dl className="details">
        <dt>{t('trajectory.phase')}</dt>
        <dd>{phaseLabel(trajectory.phase)}</dd>
        <dt>{t('trajectory.status')}</dt>
        <dd>{t(`status.${trajectory.status}`)}</dd>
        <dt>{t('trajectory.openedAt')}</dt>
        <dd>{format.dateTime(trajectory.openedAt)}</dd>
        {trajectory.closedAt ? (
          <>
            <dt>{t('trajectory.closedAt')}</dt>
            <dd>{format.dateTime(trajectory.closedAt)}</dd>
          </>
        ) : null}
        {trajectory.outcome ? (
          <>
            <dt>{t('trajectory.outcome')}</dt>
            <dd>{t(`trajectory.outcomes.${trajectory.outcome}`)}</dd>
          </>
        ) : null}
        {trajectory.outcomeDetail ? (
          <>
            <dt>{t('trajectory.detail')}</dt>
            <dd className="timeline-reason">{trajectory.outcomeDetail}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function Timeline({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation('clients');
  const phaseLabel = usePhaseLabel();
  const format = useFormat();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('trajectory.timeline')}</h2>
      <TableWrap label={t('trajectory.timelineLabel')}>
        <table className="data-table">
          <caption>{t('trajectory.timelineCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trajectory.when')}</th>
              <th scope="col">{t('trajectory.what')}</th>
              <th scope="col">{t('trajectory.who')}</th>
              <th scope="col">{t('trajectory.why')}</th>
            </tr>
          </thead>
          <tbody>
            {timeline(trajectory).map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <th scope="row">{format.dateTime(e.at)}</th>
                <td>{t(`trajectory.events.${e.kind}`, { from: phaseLabel(e.fromPhase, true), to: phaseLabel(e.toPhase, true) })}</td>
                <td>{e.by?.name ?? t('trajectory.nobody')}</td>
                <td className="timeline-reason">{e.reason || <span className="muted">{t('trajectory.noReason')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

function Earlier({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation('clients');
  const phaseLabel = usePhaseLabel();
  const format = useFormat();
  if (trajectory.earlier.length === 0) return null;
  return (
    <section aria-labelledby="earlier-title">
      <h2 id="earlier-title">{t('trajectory.earlier')}</h2>
      <TableWrap label={t('trajectory.earlierLabel')}>
        <table className="data-table">
          <caption>{t('trajectory.earlierCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trajectory.openedAt')}</th>
              <th scope="col">{t('trajectory.closedAt')}</th>
              <th scope="col">{t('trajectory.lastPhase')}</th>
              <th scope="col">{t('trajectory.outcome')}</th>
              <th scope="col">{t('trajectory.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {trajectory.earlier.map((e) => (
              <tr key={e.id}>
                <th scope="row">{format.date(e.openedAt)}</th>
                <td>{e.closedAt ? format.date(e.closedAt) : ''}</td>
                <td>{phaseLabel(e.phase)}</td>
                <td>{e.outcome ? t(`trajectory.outcomes.${e.outcome}`) : ''}</td>
                <td className="timeline-reason">{e.outcomeDetail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
