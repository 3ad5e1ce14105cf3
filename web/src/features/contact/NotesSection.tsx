import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CONTACT_NOTE_KINDS, type ContactNote as ContactNoteSchema } from '../../../../common/schemas/clients.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { clientKey } from '../clients/dossier.tsx';
import { noteIssues, type Kind, type NoteDraft, type NoteField } from './notes.ts';
import { Live, staleCurrent, useFocusLater, useLive, useNow, validationError } from './live.tsx';
import { formatCalendarDate, formatMoment, isoToLocal } from './time.ts';

type ContactNote = z.infer<typeof ContactNoteSchema>;
function NoteForm({ idPrefix, initial, version, label, submitLabel, onSubmit, onCancel }: {
  idPrefix: string;
  initial: NoteDraft;
  version?: number;
  label: string;
  submitLabel: string;
  onSubmit: (body: { date: string; kind: Kind; text: string }, version: number | undefined) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation('contact');
  const [draft, setDraft] = useState(initial);
  const [base, setBase] = useState(version);
  const [error, setError] = useState<unknown>(null);
  const [newer, setNewer] = useState<ContactNote | null>(null);
  const [pending, setPending] = useState(false);
  const id = (f: NoteField) => `${idPrefix}-${f}`;
  const messages: Partial<Record<NoteField, string>> = {};
  if (error instanceof ApiError) {
    for (const e of error.problem.errors ?? []) {
      const f = (['date', 'kind', 'text'] as const).find((x) => x === e.path);
      if (f && !messages[f]) messages[f] = ['date', 'kind', 'text', 'tooLong'].includes(e.message) ? t(`notes.errors.${e.message}`) : t(`notes.errors.${f}`);
    }
  }
  const labels = { date: t('notes.date'), kind: t('notes.kind'), text: t('notes.text') };
  const fields = Object.fromEntries((['date', 'kind', 'text'] as const).map((f) => [f, { id: id(f), label: labels[f], message: messages[f] }]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const invalid = validationError(noteIssues(draft));
    if (invalid || !draft.kind) {
      setError(invalid);
      return;
    }
    setPending(true);
    try {
      const reset = await onSubmit({ date: draft.date, kind: draft.kind, text: draft.text.trim() }, base);
      setError(null);
      setNewer(null);
      if (reset) setDraft(initial);
    } catch (err) {
      const current = staleCurrent<ContactNote>(err);
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
      <ErrorSummary error={error} fields={fields}>
        {newer ? (
          <>
            <p>{t('notes.stale')}</p>
            <p className="preserve-lines">{t('notes.newest', { text: `${formatCalendarDate(newer.date, i18n.language)}, ${t(`notes.kinds.${newer.kind}`)}: ${newer.text}` })}</p>
          </>
        ) : null}
      </ErrorSummary>
      <div className="time-row">
        <TextField id={id('date')} type="date" label={labels.date} required error={messages.date} value={draft.date} onChange={(e) => setDraft((d) => ({ ...d, date: e.target.value }))} />
        <SelectField id={id('kind')} label={labels.kind} required error={messages.kind} value={draft.kind} onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as Kind | '' }))}>
          <option value="">{t('notes.kindChoose')}</option>
          {CONTACT_NOTE_KINDS.map((k) => <option key={k} value={k}>{t(`notes.kinds.${k}`)}</option>)}
        </SelectField>
      </div>
      <TextArea id={id('text')} label={labels.text} required error={messages.text} rows={4} value={draft.text} onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))} />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('notes.adding') : submitLabel}</button>
        {onCancel ? <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button> : null}
      </div>
    </form>
  );
}

/** Contact notes, newest first: write one; the author may correct their own. */
export function NotesSection({ clientId, notes, meId, canEdit }: { clientId: string; notes: ContactNote[]; meId: string | undefined; canEdit: boolean }) {
  const { t, i18n } = useTranslation('contact');
  const qc = useQueryClient();
  const live = useLive();
  const focusLater = useFocusLater();
  const [editing, setEditing] = useState<string | null>(null);
  const today = isoToLocal(new Date(useNow()).toISOString()).date;
  const sorted = notes.toSorted((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const refresh = () => qc.invalidateQueries({ queryKey: clientKey(clientId) });

  return (
    <section className="contact-section" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.heading')}</h2>
      <p>{t('notes.intro')}</p>
      {canEdit ? (
        <>
          <h3 id="note-new">{t('notes.newHeading')}</h3>
          <NoteForm
            idPrefix="note-new" initial={{ date: today, kind: '', text: '' }} label={t('notes.newHeading')} submitLabel={t('notes.add')}
            onSubmit={async (body) => {
              await api<ContactNote>('POST', `/api/clients/${clientId}/notes`, { body });
              await refresh();
              live.say(t('notes.added'), true);
              return true;
            }}
          />
        </>
      ) : null}
      <Live state={live} />
      <h3>{t('notes.listHeading')}</h3>
      {sorted.length === 0 ? <p>{t('notes.none')}</p> : (
        <ul className="note-list">
          {sorted.map((n) => {
            const date = formatCalendarDate(n.date, i18n.language);
            const title = `${date} – ${t(`notes.kinds.${n.kind}`)}`;
            return (
              <li key={n.id} className="note card">
                <h4 id={`note-${n.id}`} tabIndex={-1}>{title}</h4>
                <p className="note__meta">
                  {t('notes.by', { name: n.author.name })}
                  {n.updatedAt !== n.createdAt ? ` · ${t('notes.corrected', { at: formatMoment(n.updatedAt, i18n.language) })}` : null}
                </p>
                {editing === n.id ? (
                  <NoteForm
                    idPrefix={`note-${n.id}-edit`} initial={{ date: n.date, kind: n.kind, text: n.text }} version={n.version}
                    label={t('notes.correctLabel', { date })} submitLabel={t('notes.saveCorrection')}
                    onSubmit={async (body, version) => {
                      await api<ContactNote>('PUT', `/api/clients/${clientId}/notes/${n.id}`, { body, version });
                      await refresh();
                      setEditing(null);
                      live.say(t('notes.corrected_status'), true);
                      return false;
                    }}
                    onCancel={() => { setEditing(null); focusLater(`note-${n.id}-correct`); }}
                  />
                ) : (
                  <>
                    <p className="preserve-lines">{n.text}</p>
                    {canEdit && meId === n.author.id ? (
                      <div className="actions">
                        <button type="button" id={`note-${n.id}-correct`} className="button button--secondary" onClick={() => { setEditing(n.id); focusLater(`note-${n.id}-edit-text`); }}>
                          {t('notes.correct')}<span className="visually-hidden"> – {title}</span>
                        </button>
                      </div>
                    ) : null}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
