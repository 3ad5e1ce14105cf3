import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ENGAGEMENT_DECISIONS, FIRST_CONTACT_CHANNELS, type Engagement, type EngagementContent } from '../../../../common/schemas/clients.ts';
import { api } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { clientKey, DossierPage, useDossier } from '../clients/dossier.tsx';
import { Agreements, NewerVersion } from './Agreements.tsx';
import { anyoneAgreed, contentOf, engagementIssues, isChanged, issueKind, normalise } from './engagement.ts';
import { errorPaths, Live, staleCurrent, useFocusLater, useLive, validationError } from './live.tsx';
import { formatMoment } from './time.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './contact.css';

/** The id of each field's control, by its path in EngagementInput (error summary links). */
const IDS = {
  'firstContact.channel': 'eng-contact-channel',
  'firstContact.date': 'eng-contact-date',
  'firstAppointment.date': 'eng-appointment-date',
  'firstAppointment.place': 'eng-appointment-place',
  'firstAppointment.adjustmentsAgreed': 'eng-appointment-adjustments',
  'planningConversation.date': 'eng-planning-date',
  'planningConversation.notes': 'eng-planning-notes',
  'supportNetwork.notes': 'eng-network-notes',
  'decision.choice': 'eng-decision-pending',
  'decision.date': 'eng-decision-date',
  'decision.notes': 'eng-decision-notes',
  dialogueReport: 'eng-report',
} as const;
type Path = keyof typeof IDS;

/** Phase 1, klantbetrokkenheid (seed 003 ~2600–3000): the engagement record and its agreements. */
export function EngagementPage() {
  const { t } = useTranslation('contact');
  const { client } = useDossier();
  const query = useQuery({
    queryKey: clientKey(client.id, 'engagement'),
    queryFn: () => api<Engagement>('GET', `/api/clients/${client.id}/engagement`),
  });
  return (
    <DossierPage section={t('engagement.section')} intro={<p>{t('engagement.intro')}</p>}>
      <div className="contact-page">
        {query.isPending ? <Loading /> : query.isError ? <LoadError error={query.error} retry={() => void query.refetch()} /> : <EngagementForm initial={query.data} />}
      </div>
    </DossierPage>
  );
}

function EngagementForm({ initial }: { initial: Engagement }) {
  const { t, i18n } = useTranslation('contact');
  const { client, name } = useDossier();
  const qc = useQueryClient();
  const canEdit = useCan('clients.update');
  const live = useLive();
  const focusLater = useFocusLater();
  // `saved` is the version the form is based on (its If-Match); `draft` is what is typed.
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<EngagementContent>(() => contentOf(initial));
  const [error, setError] = useState<unknown>(null);
  const [newer, setNewer] = useState<Engagement | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);

  const dirty = isChanged(draft, saved);
  const update = <K extends Exclude<keyof EngagementContent, 'dialogueReport'>>(section: K, patch: Partial<EngagementContent[K]>) =>
    setDraft((d) => ({ ...d, [section]: { ...d[section], ...patch } }));

  const inError = new Set(errorPaths(error));
  const message = (path: Path) => (inError.has(path) ? t(`engagement.errors.${issueKind(path)}`) : undefined);
  const label: Record<Path, string> = {
    'firstContact.channel': t('engagement.firstContact.channel'),
    'firstContact.date': t('engagement.firstContact.date'),
    'firstAppointment.date': t('engagement.firstAppointment.date'),
    'firstAppointment.place': t('engagement.firstAppointment.place'),
    'firstAppointment.adjustmentsAgreed': t('engagement.firstAppointment.adjustmentsAgreed'),
    'planningConversation.date': t('engagement.planning.date'),
    'planningConversation.notes': t('engagement.planning.notes'),
    'supportNetwork.notes': t('engagement.network.notes'),
    'decision.choice': t('engagement.decision.choice'),
    'decision.date': t('engagement.decision.date'),
    'decision.notes': t('engagement.decision.notes'),
    dialogueReport: t('engagement.report.label'),
  };
  const summaryFields = Object.fromEntries((Object.keys(IDS) as Path[]).map((p) => [p, { id: IDS[p], label: label[p], message: message(p) }]));

  const accept = (result: Engagement) => {
    setSaved(result);
    setDraft(contentOf(result));
    qc.setQueryData(clientKey(client.id, 'engagement'), result);
    void qc.invalidateQueries({ queryKey: clientKey(client.id) });
  };

  const save = async () => {
    setConfirming(false);
    setPending(true);
    try {
      const result = await api<Engagement>('PUT', `/api/clients/${client.id}/engagement`, { body: normalise(draft), version: saved.version });
      const cleared = anyoneAgreed(saved) && !anyoneAgreed(result);
      accept(result);
      setError(null);
      setNewer(null);
      live.say(cleared ? t('engagement.savedCleared') : t('engagement.saved'), true);
    } catch (err) {
      const current = staleCurrent<Engagement>(err);
      if (current) {
        // Keep what was typed; the next save is based on the newest version.
        setSaved(current);
        setNewer(current);
        void qc.invalidateQueries({ queryKey: clientKey(client.id) });
      }
      setError(err);
    } finally {
      setPending(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    live.clear();
    const invalid = validationError(engagementIssues(draft));
    if (invalid) {
      setError(invalid);
      return;
    }
    if (!dirty && !newer) {
      setError(null);
      live.say(t('engagement.unchanged'), true);
      return;
    }
    if (anyoneAgreed(saved) && dirty) {
      setConfirming(true);
      focusLater('engagement-warning');
      return;
    }
    void save();
  };

  const agreedBy = [saved.agreements.client?.name, saved.agreements.coach?.name].filter(Boolean).join(', ');
  const dateField = (path: Path, value: string | null, onChange: (v: string | null) => void) => (
    <TextField id={IDS[path]} type="date" label={label[path]} error={message(path)} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} />
  );

  return (
    <>
      <form noValidate onSubmit={submit} aria-label={t('engagement.formLabel')} className="contact-form">
        <ErrorSummary error={error} fields={summaryFields}>
          {newer ? (
            <>
              <p>{t('engagement.stale.body')}</p>
              <NewerVersion engagement={newer} />
            </>
          ) : null}
        </ErrorSummary>
        {!canEdit ? <p className="notice">{t('engagement.readOnly')}</p> : null}
        {saved.updatedAt ? <p className="muted">{t('engagement.lastSaved', { at: formatMoment(saved.updatedAt, i18n.language) })}</p> : null}
        <fieldset className="fieldset" disabled={!canEdit}>
          <legend>{t('engagement.firstContact.legend')}</legend>
          <SelectField
            id={IDS['firstContact.channel']} label={label['firstContact.channel']} hint={t('engagement.firstContact.channelHint')}
            value={draft.firstContact.channel ?? ''}
            onChange={(e) => update('firstContact', { channel: (e.target.value || null) as EngagementContent['firstContact']['channel'] })}
          >
            <option value="">{t('engagement.firstContact.channelNone')}</option>
            {FIRST_CONTACT_CHANNELS.map((c) => <option key={c} value={c}>{t(`engagement.firstContact.channels.${c}`)}</option>)}
          </SelectField>
          {dateField('firstContact.date', draft.firstContact.date, (date) => update('firstContact', { date }))}
        </fieldset>
        <fieldset className="fieldset" disabled={!canEdit}>
          <legend>{t('engagement.firstAppointment.legend')}</legend>
          {dateField('firstAppointment.date', draft.firstAppointment.date, (date) => update('firstAppointment', { date }))}
          <TextField
            id={IDS['firstAppointment.place']} label={label['firstAppointment.place']} hint={t('engagement.firstAppointment.placeHint')}
            error={message('firstAppointment.place')} value={draft.firstAppointment.place}
            onChange={(e) => update('firstAppointment', { place: e.target.value })}
          />
          <CheckboxField
            label={t('engagement.firstAppointment.placeChosenByClient')} checked={draft.firstAppointment.placeChosenByClient}
            onChange={(e) => update('firstAppointment', { placeChosenByClient: e.target.checked })}
          />
          <CheckboxField
            label={t('engagement.firstAppointment.accessible')} checked={draft.firstAppointment.accessible}
            onChange={(e) => update('firstAppointment', { accessible: e.target.checked })}
          />
          <TextArea
            id={IDS['firstAppointment.adjustmentsAgreed']} label={label['firstAppointment.adjustmentsAgreed']} hint={t('engagement.firstAppointment.adjustmentsHint')}
            error={message('firstAppointment.adjustmentsAgreed')} rows={3} value={draft.firstAppointment.adjustmentsAgreed}
            onChange={(e) => update('firstAppointment', { adjustmentsAgreed: e.target.value })}
          />
        </fieldset>
        <fieldset className="fieldset" disabled={!canEdit}>
          <legend>{t('engagement.planning.legend')}</legend>
          {dateField('planningConversation.date', draft.planningConversation.date, (date) => update('planningConversation', { date }))}
          <TextArea
            id={IDS['planningConversation.notes']} label={label['planningConversation.notes']} hint={t('engagement.planning.notesHint')}
            error={message('planningConversation.notes')} rows={4} value={draft.planningConversation.notes}
            onChange={(e) => update('planningConversation', { notes: e.target.value })}
          />
        </fieldset>
        <fieldset className="fieldset" disabled={!canEdit}>
          <legend>{t('engagement.network.legend')}</legend>
          <TextArea
            id={IDS['supportNetwork.notes']} label={label['supportNetwork.notes']} hint={t('engagement.network.notesHint')}
            error={message('supportNetwork.notes')} rows={4} value={draft.supportNetwork.notes}
            onChange={(e) => update('supportNetwork', { notes: e.target.value })}
          />
          <CheckboxField
            label={t('engagement.network.involvementAgreed')} checked={draft.supportNetwork.involvementAgreed}
            onChange={(e) => update('supportNetwork', { involvementAgreed: e.target.checked })}
          />
        </fieldset>
        <fieldset className="fieldset" disabled={!canEdit}>
          <legend>{t('engagement.decision.legend')}</legend>
          <fieldset className="fieldset">
            <legend>{label['decision.choice']}</legend>
            {ENGAGEMENT_DECISIONS.map((choice) => (
              <div className="checkbox" key={choice}>
                <input
                  type="radio" id={`eng-decision-${choice}`} name="decision-choice" value={choice} checked={draft.decision.choice === choice}
                  onChange={() => update('decision', { choice })}
                />
                <label htmlFor={`eng-decision-${choice}`}>{t(`engagement.decision.choices.${choice}`)}</label>
              </div>
            ))}
          </fieldset>
          {draft.decision.choice === 'not_now' ? (
            <div className="notice">
              <p>{t('engagement.decision.notNow')}</p>
              <p><Link to={`/clients/${client.id}/trajectory`}>{t('engagement.decision.notNowLink', { name })}</Link></p>
            </div>
          ) : null}
          {dateField('decision.date', draft.decision.date, (date) => update('decision', { date }))}
          <TextArea
            id={IDS['decision.notes']} label={label['decision.notes']} hint={t('engagement.decision.notesHint')}
            error={message('decision.notes')} rows={3} value={draft.decision.notes}
            onChange={(e) => update('decision', { notes: e.target.value })}
          />
        </fieldset>
        <fieldset className="fieldset" disabled={!canEdit}>
          <legend>{t('engagement.report.legend')}</legend>
          <TextArea
            id={IDS.dialogueReport} label={label.dialogueReport} hint={t('engagement.report.hint')}
            error={message('dialogueReport')} rows={8} value={draft.dialogueReport}
            onChange={(e) => setDraft((d) => ({ ...d, dialogueReport: e.target.value }))}
          />
        </fieldset>
        {anyoneAgreed(saved) && canEdit ? <p className="notice">{t('engagement.agreements.explain')}</p> : null}
        {confirming ? (
          <div className="confirm-panel" role="group" aria-labelledby="engagement-warning">
            <h2 id="engagement-warning" tabIndex={-1}>{t('engagement.warn.heading')}</h2>
            <p>{t('engagement.warn.body', { who: agreedBy })}</p>
            <div className="actions">
              <button type="button" className="button button--danger" onClick={() => void save()}>{t('engagement.warn.confirm')}</button>
              <button type="button" className="button button--secondary" onClick={() => { setConfirming(false); focusLater('engagement-save'); }}>
                {t('engagement.warn.back')}
              </button>
            </div>
          </div>
        ) : null}
        {canEdit && !confirming ? (
          <div className="actions">
            <button id="engagement-save" type="submit" className="button" aria-disabled={pending || undefined}>
              {pending ? t('core:common.saving') : t('core:common.save')}
            </button>
          </div>
        ) : null}
        <Live state={live} />
      </form>
      <Agreements
        clientId={client.id} saved={saved} dirty={dirty} canAgree={canEdit}
        onAgreed={accept}
        onStale={(current) => {
          // Nothing typed to keep: show the newest version in the form, ready to agree to.
          if (dirty) setSaved(current);
          else accept(current);
        }}
      />
    </>
  );
}
