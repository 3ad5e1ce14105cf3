import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsentPurpose } from '../../../../common/consent.ts';
import type { Availability } from '../../../../common/schemas/capacity.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { CheckboxField, TextArea, TextField } from '../../ui/forms.tsx';
import { useFocusLater } from '../../ui/live.tsx';
import { clientKey } from '../clients/dossier.tsx';
import { formatMoment } from '../plan/format.ts';
import {
  AVAILABILITY_LISTS, availabilityDraftFrom, environmentConflicts, toAvailabilityInput, toggle,
  type AvailabilityDraft, type FieldIssue, type ListField,
} from './draft.ts';
import { availabilityIds } from './ids.ts';

export const availabilityPath = (clientId: string) => `/api/clients/${clientId}/availability`;
export const availabilityKey = (clientId: string, ...rest: unknown[]) => clientKey(clientId, 'availability', ...rest);

export function useAvailability(clientId: string, purpose?: ConsentPurpose) {
  return useQuery({
    queryKey: availabilityKey(clientId, purpose ?? null),
    queryFn: () => api<Availability>('GET', availabilityPath(clientId), { query: { purpose } }),
  });
}

/** The catalogue group with the words of each list's values. */
const VOCAB: Record<ListField, string> = {
  days: 'vocab.days', shifts: 'vocab.shifts', contracts: 'vocab.contracts', excludedEnvironment: 'vocab.environment', preferredEnvironment: 'vocab.environment',
};
const LEGEND: Record<ListField, string> = {
  days: 'availability.days', shifts: 'availability.shifts', contracts: 'availability.contracts',
  excludedEnvironment: 'availability.excluded', preferredEnvironment: 'availability.preferred',
};
const HINT: Partial<Record<ListField, string>> = {
  contracts: 'availability.contractsHint', excludedEnvironment: 'availability.excludedHint', preferredEnvironment: 'availability.preferredHint',
};

/** The availability section of the capacity page: the form for the coaching team, the facts for others. */
export function AvailabilitySection({ clientId, purpose, canEdit, say }: { clientId: string; purpose?: ConsentPurpose; canEdit: boolean; say: (text: ReactNode) => void }) {
  const { t } = useTranslation('capacity');
  const availability = useAvailability(clientId, purpose);
  return (
    <section aria-labelledby="cap-availability-heading" className="cap-section">
      <h2 id="cap-availability-heading" tabIndex={-1}>{t('availability.heading')}</h2>
      <p>{t('availability.intro')}</p>
      {availability.isPending ? <Loading /> : availability.isError ? (
        <LoadError error={availability.error} retry={() => void availability.refetch()} />
      ) : (
        <>
          {canEdit ? <AvailabilityForm initial={availability.data} say={say} /> : <AvailabilityView availability={availability.data} />}
          <HomeFacts availability={availability.data} canEdit={canEdit} />
        </>
      )}
    </section>
  );
}

/** Home postcode, whether it is located and the travel limit: read-only here, changed where they belong. */
function HomeFacts({ availability, canEdit }: { availability: Availability; canEdit: boolean }) {
  const { t } = useTranslation('capacity');
  return (
    <div className="cap-home">
      <h3>{t('availability.home')}</h3>
      <p className="muted">{t('availability.homeIntro')}</p>
      <dl className="cap-facts">
        <div>
          <dt>{t('availability.postcode')}</dt>
          <dd>{availability.home.postcode || t('availability.postcodeNone')}</dd>
        </div>
        <div>
          <dt>{t('availability.located')}</dt>
          <dd>{availability.home.located ? t('availability.locatedYes') : t('availability.locatedNo')}</dd>
        </div>
        <div>
          <dt>{t('availability.maxTravel')}</dt>
          <dd>{availability.maxTravelKm === null ? t('availability.notStated') : t('availability.maxTravelKm', { km: availability.maxTravelKm })}</dd>
        </div>
      </dl>
      {canEdit ? <p><Link to={`/clients/${availability.clientId}/profile`}>{t('availability.changeTravel')}</Link></p> : null}
    </div>
  );
}

function LastSaved({ availability }: { availability: Availability }) {
  const { t, i18n } = useTranslation('capacity');
  if (availability.version === 0 || !availability.updatedAt) return <p>{t('availability.never')}</p>;
  return <p>{t('availability.lastSaved', { name: availability.updatedBy?.name ?? '', at: formatMoment(availability.updatedAt, i18n.language) })}</p>;
}

/** The availability to read (recipients, or the newer version after a conflict). */
export function AvailabilityView({ availability }: { availability: Availability }) {
  const { t } = useTranslation('capacity');
  const words = (field: ListField) => {
    const list = availability[field] as readonly string[];
    return list.length === 0 ? (field === 'contracts' ? t('availability.any') : t('availability.notStated')) : list.map((v) => t(`${VOCAB[field]}.${v}`)).join(', ');
  };
  return (
    <div>
      <LastSaved availability={availability} />
      <dl className="cap-facts cap-facts--wide">
        <div>
          <dt>{t('availability.maxHours')}</dt>
          <dd>{availability.maxHoursPerWeek === null ? t('availability.notStated') : String(availability.maxHoursPerWeek)}</dd>
        </div>
        {AVAILABILITY_LISTS.map(({ field }) => (
          <div key={field}>
            <dt>{t(LEGEND[field])}</dt>
            <dd>{words(field)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('availability.note')}</dt>
          <dd className="cap-text">{availability.note || t('availability.notStated')}</dd>
        </div>
      </dl>
    </div>
  );
}

const serverIssues = (error: unknown): FieldIssue[] =>
  error instanceof ApiError ? (error.problem.errors ?? []).map((e) => ({ path: e.path.split('.')[0] ?? e.path, key: 'invalid' })) : [];

function AvailabilityForm({ initial, say }: { initial: Availability; say: (text: ReactNode) => void }) {
  const { t } = useTranslation('capacity');
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const id = initial.clientId;
  const [draft, setDraft] = useState<AvailabilityDraft>(() => availabilityDraftFrom(initial));
  const [base, setBase] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [stale, setStale] = useState<Availability | null>(null);
  const [saving, setSaving] = useState(false);
  const focusLater = useFocusLater();

  const messages = useMemo(() => Object.fromEntries(issues.map((i) => {
    const values = { ...i.values };
    if (Array.isArray(values.tags)) values.tags = values.tags.map((tag: string) => t(`vocab.environment.${tag}`)).join(', ');
    return [i.path, t(`errors.${i.key}`, values)];
  })) as Record<string, string | undefined>, [issues, t]);
  const summaryFields = useMemo(() => Object.fromEntries(issues.map((i) => {
    const list = AVAILABILITY_LISTS.find((l) => l.field === i.path);
    const fieldId = i.path === 'maxHoursPerWeek' ? availabilityIds.maxHoursPerWeek : i.path === 'note' ? availabilityIds.note
      : list ? availabilityIds.option(list.field, i.path === 'preferredEnvironment' ? (environmentConflicts(draft)[0] ?? list.values[0]!) : list.values[0]!) : availabilityIds.maxHoursPerWeek;
    const label = i.path === 'maxHoursPerWeek' ? t('availability.maxHours') : i.path === 'note' ? t('availability.note') : list ? t(LEGEND[list.field]) : i.path;
    return [i.path, { id: fieldId, label, message: messages[i.path] }];
  })), [issues, messages, draft, t]);

  const save = async (version: number) => {
    const result = toAvailabilityInput(draft);
    if (!result.ok) {
      setIssues(result.issues);
      setError(browserProblem(result.issues.map((i) => ({ path: i.path, message: i.key }))));
      return;
    }
    setSaving(true);
    try {
      const saved = await api<Availability>('PUT', availabilityPath(id), { body: result.input, version });
      setDraft(availabilityDraftFrom(saved));
      setBase(saved);
      setIssues([]);
      setError(null);
      setStale(null);
      qc.setQueryData(availabilityKey(id, null), saved);
      say(t('availability.saved'));
    } catch (e) {
      if (e instanceof ApiError && e.status === 412 && e.problem.current) {
        setStale(e.problem.current as Availability);
        setError(null);
        setIssues([]);
        focusLater(availabilityIds.stale);
      } else {
        setIssues(serverIssues(e));
        setError(e);
      }
    } finally {
      setSaving(false);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  const takeNewer = (current: Availability) => {
    setDraft(availabilityDraftFrom(current));
    setBase(current);
    setStale(null);
    qc.setQueryData(availabilityKey(id, null), current);
    say(t('availability.loadedNewer'));
    focusLater(availabilityIds.maxHoursPerWeek);
  };

  return (
    <>
      <LastSaved availability={base} />
      {stale ? (
        <div id={availabilityIds.stale} className="notice cap-newer" role="alert" tabIndex={-1}>
          <p>{t('availability.stale')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void save(stale.version)}>{t('availability.keepMine')}</button>
            <button type="button" className="button button--secondary" onClick={() => takeNewer(stale)}>{t('availability.takeNewer')}</button>
          </div>
          <h4>{t('availability.newerHeading')}</h4>
          <AvailabilityView availability={stale} />
        </div>
      ) : null}
      <ErrorSummary error={error} fields={summaryFields} />
      <form noValidate onSubmit={onSubmit} aria-label={t('availability.heading')} className="cap-form">
        <TextField
          id={availabilityIds.maxHoursPerWeek} label={t('availability.maxHours')} hint={t('availability.maxHoursHint')} inputMode="decimal"
          error={messages.maxHoursPerWeek} value={draft.maxHoursPerWeek} className="cap-hours"
          onChange={(e) => setDraft((d) => ({ ...d, maxHoursPerWeek: e.target.value }))}
        />
        {AVAILABILITY_LISTS.map(({ field, values }) => {
          const fieldError = messages[field];
          const hint = HINT[field];
          const hintId = hint ? `${availabilityIds.group(field)}-hint` : undefined;
          const errorId = fieldError ? `${availabilityIds.group(field)}-error` : undefined;
          return (
            <fieldset
              key={field} id={availabilityIds.group(field)} className={`fieldset cap-checks${fieldError ? ' fieldset--error' : ''}`}
              aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
            >
              <legend>{t(LEGEND[field])}<span className="field__optional"> ({tc('common.optional')})</span></legend>
              {hint ? <p id={hintId} className="field__hint">{t(hint)}</p> : null}
              {fieldError ? <p id={errorId} className="field__error">{fieldError}</p> : null}
              <div className="cap-checks__grid">
                {values.map((v) => (
                  <CheckboxField
                    key={v} id={availabilityIds.option(field, v)} label={t(`${VOCAB[field]}.${v}`)}
                    checked={(draft[field] as readonly string[]).includes(v)}
                    onChange={(e) => {
                      const on = e.target.checked;
                      setDraft((d) => ({ ...d, [field]: toggle(d[field] as string[], v, on, values) }));
                    }}
                  />
                ))}
              </div>
            </fieldset>
          );
        })}
        <TextArea
          id={availabilityIds.note} label={t('availability.note')} rows={3} error={messages.note} value={draft.note}
          onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))}
        />
        <div className="actions cap-savebar">
          <button type="submit" className="button" disabled={saving}>{saving ? tc('common.saving') : t('availability.save')}</button>
        </div>
      </form>
    </>
  );
}
