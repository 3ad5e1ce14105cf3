import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../../../common/schemas/clients.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { contentOf } from './engagement.ts';
import { Live, useLive } from './live.tsx';
import { formatCalendarDate, formatMoment } from './time.ts';

/**
 * Who agreed to the report of the initial dialogue (name, time), and the coach's "agree"
 * button. One agrees to the saved report: with unsaved changes the button waits.
 */
export function Agreements({ clientId, saved, dirty, canAgree, onAgreed, onStale }: {
  clientId: string;
  saved: Engagement;
  dirty: boolean;
  canAgree: boolean;
  onAgreed: (e: Engagement) => void;
  onStale: (current: Engagement) => void;
}) {
  const { t, i18n } = useTranslation('contact');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [newer, setNewer] = useState<Engagement | null>(null);
  const live = useLive();
  const { client, coach } = saved.agreements;
  const hasReport = saved.dialogueReport.trim() !== '';

  const agree = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    setNewer(null);
    live.clear();
    try {
      const result = await api<Engagement>('POST', `/api/clients/${clientId}/engagement/agree`, { version: saved.version });
      onAgreed(result);
      live.say(t('engagement.agreements.agreedStatus'), true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 412 && err.problem.current) {
        setNewer(err.problem.current as Engagement);
        onStale(err.problem.current as Engagement);
      }
      setError(err);
    } finally {
      setPending(false);
    }
  };

  const party = (label: string, a: Engagement['agreements']['client']) => (
    <div>
      <dt>{label}</dt>
      <dd>{a ? t('engagement.agreements.agreed', { name: a.name, at: formatMoment(a.at, i18n.language) }) : t('engagement.agreements.notYet')}</dd>
    </div>
  );

  return (
    <section className="agreements" aria-labelledby="agreements-title">
      <h2 id="agreements-title">{t('engagement.agreements.heading')}</h2>
      <p>{t('engagement.agreements.explain')}</p>
      {error ? (
        <ErrorSummary error={error}>
          {error instanceof ApiError && error.status === 409 ? <p>{t('engagement.agreements.noReportError')}</p> : null}
          {newer ? <NewerVersion engagement={newer} /> : null}
        </ErrorSummary>
      ) : null}
      <dl className="details">
        {party(t('engagement.agreements.client'), client)}
        {party(t('engagement.agreements.coach'), coach)}
      </dl>
      {!canAgree ? null : !hasReport ? (
        <p>{t('engagement.agreements.noReport')}</p>
      ) : coach ? (
        <p>{t('engagement.agreements.alreadyAgreed')}</p>
      ) : dirty ? (
        <p>{t('engagement.agreements.unsaved')}</p>
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => void agree()} aria-disabled={pending || undefined}>
            {pending ? t('engagement.agreements.agreeing') : t('engagement.agreements.agreeAsCoach')}
          </button>
        </div>
      )}
      <Live state={live} />
    </section>
  );
}

/** The newest saved version, shown next to what the person typed after a 412. */
export function NewerVersion({ engagement }: { engagement: Engagement }) {
  const { t, i18n } = useTranslation('contact');
  const c = contentOf(engagement);
  const date = (d: string | null) => (d ? formatCalendarDate(d, i18n.language) : t('engagement.empty'));
  const text = (s: string) => (s.trim() ? s : t('engagement.empty'));
  const yesNo = (b: boolean) => (b ? t('engagement.yes') : t('engagement.no'));
  const rows: [string, string][] = [
    [t('engagement.firstContact.channel'), c.firstContact.channel ? t(`engagement.firstContact.channels.${c.firstContact.channel}`) : t('engagement.empty')],
    [t('engagement.firstContact.date'), date(c.firstContact.date)],
    [t('engagement.firstAppointment.date'), date(c.firstAppointment.date)],
    [t('engagement.firstAppointment.place'), text(c.firstAppointment.place)],
    [t('engagement.firstAppointment.placeChosenByClient'), yesNo(c.firstAppointment.placeChosenByClient)],
    [t('engagement.firstAppointment.accessible'), yesNo(c.firstAppointment.accessible)],
    [t('engagement.firstAppointment.adjustmentsAgreed'), text(c.firstAppointment.adjustmentsAgreed)],
    [t('engagement.planning.date'), date(c.planningConversation.date)],
    [t('engagement.planning.notes'), text(c.planningConversation.notes)],
    [t('engagement.network.notes'), text(c.supportNetwork.notes)],
    [t('engagement.network.involvementAgreed'), yesNo(c.supportNetwork.involvementAgreed)],
    [t('engagement.decision.choice'), t(`engagement.decision.choices.${c.decision.choice}`)],
    [t('engagement.decision.date'), date(c.decision.date)],
    [t('engagement.decision.notes'), text(c.decision.notes)],
    [t('engagement.report.label'), text(c.dialogueReport)],
  ];
  const who = (a: Engagement['agreements']['client']) => (a ? t('engagement.agreements.agreed', { name: a.name, at: formatMoment(a.at, i18n.language) }) : t('engagement.agreements.notYet'));
  return (
    <div className="newer-version">
      <h3>{t('engagement.stale.summary')}</h3>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="preserve-lines">{value}</dd>
          </div>
        ))}
      </dl>
      <p>{t('engagement.stale.agreementsNote', { client: who(engagement.agreements.client), coach: who(engagement.agreements.coach) })}</p>
    </div>
  );
}
