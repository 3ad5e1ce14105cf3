import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PROFILE_TEXT_MAX, TRANSPORT_MODES, TRAVEL_KM_MAX, type VocationalProfile,
} from '../../../../common/schemas/vocational-profile.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { CheckboxField, TextArea, TextField } from '../../ui/forms.tsx';
import { refreshOwnDossier } from './api.ts';
import {
  EASY_TEXT_FIELDS, canWriteBack, easyFields, parseKm, rebase, withEasyFields,
  type EasyProfileFields, type EasyTextField,
} from './rules.ts';

type Field = keyof EasyProfileFields;
type Writable = Required<Pick<VocationalProfile, 'profile' | 'health' | 'benefits'>> & VocationalProfile;

/** Where each field sits in the saved profile: the server's error paths. */
const SERVER_PATH: Record<Field, string> = {
  hobbies: 'profile.hobbies',
  desiredTasks: 'profile.aspirations.desiredTasks',
  hoursAndShifts: 'profile.aspirations.hoursAndShifts',
  environment: 'profile.aspirations.environment',
  maxTravelKm: 'profile.aspirations.maxTravelKm',
  transport: 'profile.aspirations.transport',
  dailyLife: 'profile.competences.dailyLife',
  communication: 'profile.competences.communication',
  social: 'profile.competences.social',
  weeklyRoutine: 'profile.competences.weeklyRoutine',
};
const fieldId = (f: Field) => `portal-edit-${f}`;
const HINTED: readonly Field[] = ['hobbies', 'desiredTasks', 'hoursAndShifts', 'environment', 'maxTravelKm', 'dailyLife'];
const WORK: readonly EasyTextField[] = ['desiredTasks', 'hoursAndShifts', 'environment'];
const COMPETENCES: readonly EasyTextField[] = ['dailyLife', 'communication', 'social', 'weeklyRoutine'];


/**
 * The client corrects or adds to the parts of their profile they can say in their own words:
 * hobbies, the work they want and their competences. The save writes the whole profile back
 * (everything else exactly as loaded) with the version the edit started from. When someone
 * saved in between (412), what the client typed stays; fields they left alone take the newer
 * text (and say so), and where both wrote, the newer text is shown under theirs, so they can
 * check and save again.
 */
export function ProfileEditForm({ profile }: { profile: VocationalProfile }) {
  const { t } = useTranslation('portal');
  const qc = useQueryClient();
  const [base, setBase] = useState<Writable | null>(null);
  const [draft, setDraft] = useState<EasyProfileFields | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [stale, setStale] = useState<{ updated: Field[]; conflicts: Field[]; now: EasyProfileFields } | null>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  // Where the keyboard goes once the form opened or closed: the button that opened it is gone
  // while the form is open, and the form is gone after a save.
  const focusNext = useRef<'toggle' | 'saved' | 'first' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'first') document.getElementById(fieldId('hobbies'))?.focus();
    else (target === 'saved' ? savedRef.current : toggleRef.current)?.focus();
  });

  if (!canWriteBack(profile)) return null;
  const open = draft !== null && base !== null;

  const start = () => {
    focusNext.current = 'first';
    setBase(profile as Writable);
    setDraft(easyFields(profile.profile!));
    setError(null);
    setFieldErrors({});
    setStale(null);
    setSaved(false);
  };
  const close = (focus: 'toggle' | 'saved') => {
    focusNext.current = focus;
    setDraft(null);
    setBase(null);
    setError(null);
    setFieldErrors({});
    setStale(null);
  };
  const set = (patch: Partial<EasyProfileFields>) => setDraft((d) => (d ? { ...d, ...patch } : d));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending || !draft || !base) return;
    const problems: Partial<Record<Field, string>> = {};
    for (const f of EASY_TEXT_FIELDS) {
      if (draft[f].trim().length > PROFILE_TEXT_MAX) problems[f] = t('edit.tooLong', { max: PROFILE_TEXT_MAX });
    }
    const km = parseKm(draft.maxTravelKm);
    if (km === undefined) problems.maxTravelKm = t('edit.kmInvalid');
    else if (km !== null && km > TRAVEL_KM_MAX) problems.maxTravelKm = t('edit.kmTooFar', { max: TRAVEL_KM_MAX });
    if (Object.keys(problems).length > 0 || km === undefined) {
      setFieldErrors(problems);
      setError(browserProblem());
      return;
    }
    setPending(true);
    try {
      await api<VocationalProfile>('PUT', `/api/clients/${profile.clientId}/vocational-profile`, {
        body: withEasyFields(base, draft, km),
        version: base.version,
      });
      setSaved(true);
      close('saved');
      await refreshOwnDossier(qc, profile.clientId);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) {
        const byPath = err.fieldErrors();
        const mapped: Partial<Record<Field, string>> = {};
        for (const [f, path] of Object.entries(SERVER_PATH) as [Field, string][]) {
          const hit = Object.keys(byPath).find((p) => p === path || p.startsWith(`${path}.`));
          if (hit) mapped[f] = f === 'maxTravelKm' ? t('edit.kmInvalid') : t('edit.tooLong', { max: PROFILE_TEXT_MAX });
        }
        setFieldErrors(mapped);
        const current = err.problem.current as VocationalProfile | undefined;
        if (err.status === 412 && current && canWriteBack(current)) {
          const now = easyFields(current.profile);
          const rebased = rebase(draft, easyFields(base.profile), now);
          setStale({ updated: rebased.updated, conflicts: rebased.conflicts, now });
          setDraft(rebased.draft);
          setBase(current as Writable);
          void refreshOwnDossier(qc, profile.clientId);
        }
      }
    } finally {
      setPending(false);
    }
  };

  const label = (f: Field) => t(`edit.${f}`);
  const staleHint = (f: Field) => {
    if (stale?.updated.includes(f)) return <span className="portal-stale">{t('edit.staleUpdated')}</span>;
    if (!stale?.conflicts.includes(f)) return null;
    const v = stale.now[f];
    const text = Array.isArray(v) ? v.map((m) => t(`edit.transportModes.${m}`)).join(', ') : v;
    return <span className="portal-stale">{text ? t('edit.staleField', { value: text }) : t('edit.staleEmpty')}</span>;
  };
  const hint = (f: Field) => {
    const own = HINTED.includes(f) ? t(`edit.${f}Hint`) : null;
    const newer = staleHint(f);
    if (!own && !newer) return undefined;
    return <>{own}{own && newer ? <br /> : null}{newer}</>;
  };
  const textArea = (f: EasyTextField) => (
    <TextArea
      key={f}
      id={fieldId(f)}
      label={label(f)}
      hint={hint(f)}
      error={fieldErrors[f]}
      rows={3}
      value={draft?.[f] ?? ''}
      onChange={(e) => set({ [f]: e.target.value })}
    />
  );

  return (
    <section className="portal-edit" aria-labelledby="portal-edit-title">
      <h2 id="portal-edit-title">{t('edit.title')}</h2>
      <p>{t('edit.intro')}</p>
      <p>{t('edit.why')}</p>
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- a live region that is always in the page */}
      <div role="status">
        {saved && !open ? <p className="status-message" tabIndex={-1} ref={savedRef}>{t('edit.saved')}</p> : null}
      </div>
      {open ? null : (
        <p>
          <button type="button" className="button portal-button" ref={toggleRef} onClick={start}>
            {t('edit.open')}
          </button>
        </p>
      )}
      {open && draft ? (
        <form id="portal-edit-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="portal-edit-title">
          <ErrorSummary
            error={error}
            fields={Object.fromEntries((Object.keys(SERVER_PATH) as Field[]).map((f) => [f, { id: fieldId(f), label: label(f), message: fieldErrors[f] }]))}
          >
            {stale ? <p>{t('edit.stale')}</p> : null}
          </ErrorSummary>
          <p>{t('edit.coachOnly')}</p>
          {textArea('hobbies')}
          <fieldset className="fieldset">
            <legend>{t('edit.workTitle')}</legend>
            {WORK.map(textArea)}
            <TextField
              id={fieldId('maxTravelKm')}
              label={label('maxTravelKm')}
              hint={hint('maxTravelKm')}
              error={fieldErrors.maxTravelKm}
              inputMode="numeric"
              autoComplete="off"
              value={draft.maxTravelKm}
              onChange={(e) => set({ maxTravelKm: e.target.value })}
            />
            <fieldset className="fieldset" id={fieldId('transport')} aria-describedby={`${fieldId('transport')}-hint`}>
              <legend>{t('edit.transport')}</legend>
              <p id={`${fieldId('transport')}-hint`} className="field__hint">{t('edit.transportHint')} {staleHint('transport')}</p>
              {TRANSPORT_MODES.map((m) => (
                <CheckboxField
                  key={m}
                  id={`${fieldId('transport')}-${m}`}
                  label={t(`edit.transportModes.${m}`)}
                  checked={draft.transport.includes(m)}
                  onChange={(e) => set({ transport: e.target.checked ? [...draft.transport, m] : draft.transport.filter((x) => x !== m) })}
                />
              ))}
            </fieldset>
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('edit.competencesTitle')}</legend>
            {COMPETENCES.map(textArea)}
          </fieldset>
          <div className="actions">
            <button type="submit" className="button portal-button" aria-disabled={pending || undefined}>
              {pending ? t('edit.saving') : t('edit.submit')}
            </button>
            <button type="button" className="button button--secondary portal-button" onClick={() => close('toggle')}>
              {t('edit.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
