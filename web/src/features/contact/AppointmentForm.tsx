import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { APPOINTMENT_MAX_HOURS, type Appointment } from '../../../../common/schemas/clients.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { TextArea, TextField } from '../../ui/forms.tsx';
import { appointmentBody, appointmentField, type AppointmentBody, type AppointmentDraft, type AppointmentField } from './appointment.ts';
import { staleCurrent, validationError } from './live.tsx';
import { formatAppointmentTime } from './time.ts';

const KNOWN = new Set(['place', 'date', 'start', 'end', 'nonexistent', 'endBeforeStart', 'tooLong', 'participants', 'notes']);

/**
 * A new or changed appointment: place, date with start and end time (Belgian time),
 * participants one per line, notes. What was typed stays on any error; on a 412 the newest
 * version is shown and the next save is based on it.
 */
export function AppointmentForm({ idPrefix, initial, version, submitLabel, onSubmit, onCancel, label }: {
  idPrefix: string;
  initial: AppointmentDraft;
  /** The version a change is based on; none for a new appointment. */
  version?: number;
  submitLabel: string;
  /** Saves; throws ApiError on failure. Returns whether the form should be emptied. */
  onSubmit: (body: AppointmentBody, version: number | undefined) => Promise<boolean>;
  onCancel?: () => void;
  label: string;
}) {
  const { t, i18n } = useTranslation('contact');
  const [draft, setDraft] = useState(initial);
  const [base, setBase] = useState(version);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [newer, setNewer] = useState<Appointment | null>(null);
  const id = (f: AppointmentField) => `${idPrefix}-${f}`;

  const messages: Partial<Record<AppointmentField, string>> = {};
  if (error instanceof ApiError) {
    for (const issue of error.problem.errors ?? []) {
      const field = (['place', 'date', 'start', 'end', 'participants', 'notes'] as const).find((f) => f === issue.path) ?? appointmentField(issue.path);
      if (!field || messages[field]) continue;
      messages[field] = KNOWN.has(issue.message)
        ? t(`appointments.errors.${issue.message}`, { hours: APPOINTMENT_MAX_HOURS })
        : t('appointments.errors.invalid');
    }
  }
  const labels: Record<AppointmentField, string> = {
    place: t('appointments.place'), date: t('appointments.date'), start: t('appointments.start'), end: t('appointments.end'),
    participants: t('appointments.participants'), notes: t('appointments.notes'),
  };
  const summaryFields = Object.fromEntries((Object.keys(labels) as AppointmentField[]).map((f) => [f, { id: id(f), label: labels[f], message: messages[f] }]));
  const set = (f: AppointmentField) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [f]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const result = appointmentBody(draft);
    if (!result.ok) {
      setError(validationError(result.issues));
      return;
    }
    setPending(true);
    try {
      const reset = await onSubmit(result.body, base);
      setError(null);
      setNewer(null);
      if (reset) setDraft(initial);
    } catch (err) {
      const current = staleCurrent<Appointment>(err);
      if (current) {
        setBase(current.version);
        setNewer(current);
      }
      setError(err);
    } finally {
      setPending(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={label}>
      <ErrorSummary error={error} fields={summaryFields}>
        {newer ? (
          <>
            <p>{t('appointments.stale')}</p>
            <p>{t('appointments.newest', { when: formatAppointmentTime(newer.startsAt, newer.endsAt, i18n.language), place: newer.place })}</p>
          </>
        ) : null}
      </ErrorSummary>
      <TextField id={id('place')} label={labels.place} required error={messages.place} value={draft.place} onChange={set('place')} autoComplete="off" />
      <p className="field__hint" id={`${idPrefix}-tz`}>{t('appointments.timeZoneHint')}</p>
      <div className="time-row">
        <TextField id={id('date')} type="date" label={labels.date} required error={messages.date} value={draft.date} onChange={set('date')} />
        <TextField id={id('start')} type="time" label={labels.start} required error={messages.start} value={draft.start} onChange={set('start')} />
        <TextField id={id('end')} type="time" label={labels.end} required error={messages.end} value={draft.end} onChange={set('end')} />
      </div>
      <TextArea
        id={id('participants')} label={labels.participants} hint={t('appointments.participantsHint')} error={messages.participants}
        rows={3} value={draft.participants} onChange={set('participants')}
      />
      <TextArea id={id('notes')} label={labels.notes} error={messages.notes} rows={3} value={draft.notes} onChange={set('notes')} />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? t('appointments.adding') : submitLabel}
        </button>
        {onCancel ? <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button> : null}
      </div>
    </form>
  );
}
