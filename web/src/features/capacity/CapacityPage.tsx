import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useReducer, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ConsentPurpose } from '../../../../common/consent.ts';
import { COMPETENCE_GROUPS, competenceItemsOf, isCompetenceItem } from '../../../../common/competences.ts';
import { competenceFormTexts, competenceGroupLabel, competenceLabel, scaleExplanation, STARR_STEPS, starrGuide } from '../../../../common/competences.labels.ts';
import type { CapacityProfile } from '../../../../common/schemas/capacity.ts';
import type { VacancyList } from '../../../../common/schemas/vacancies.ts';
import type { z } from 'zod';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { clientKey, DossierPage, useDossier } from '../clients/dossier.tsx';
import { formatMoment, todayIso } from '../plan/format.ts';
import { AvailabilitySection } from './AvailabilityForm.tsx';
import { ItemFieldset, StarrFieldset } from './CapacityFields.tsx';
import { CapacityView } from './CapacityView.tsx';
import { capacityDraftFrom, capacityFieldId, capacityReducer, emptyStarr, toCapacityInput, type FieldIssue } from './draft.ts';
import { capacityIds } from './ids.ts';
import { useLocale } from './labels.ts';
import './capacity.css';

export const capacityPath = (clientId: string) => `/api/clients/${clientId}/capacity-profile`;
export const capacityKey = (clientId: string, ...rest: unknown[]) => clientKey(clientId, 'capacity-profile', ...rest);

/** The client's newest capacity profile (version 0 and empty while none was saved). */
export function useCapacity(clientId: string, purpose?: ConsentPurpose) {
  return useQuery({
    queryKey: capacityKey(clientId, purpose ?? null),
    queryFn: () => api<CapacityProfile>('GET', capacityPath(clientId), { query: { purpose } }),
  });
}

/** The server's field errors in our own words (its texts are English). */
const serverIssues = (error: unknown): FieldIssue[] =>
  error instanceof ApiError ? (error.problem.errors ?? []).map((e) => ({ path: e.path, key: 'invalid' })) : [];

/**
 * /clients/:id/capacity: the client's capacity profile (scored with the client, saved as a new
 * version each time), the availability, and the way to compare with an open vacancy.
 */
export function CapacityPage() {
  const { t } = useTranslation('capacity');
  const { t: tClients } = useTranslation('clients');
  const { client, purpose } = useDossier();
  const canEdit = useCan('clients.update') && !purpose;
  const canCompare = useCan('matching.read') && !purpose;
  const capacity = useCapacity(client.id, purpose);
  const live = useLiveStatus();

  let body: ReactNode;
  if (capacity.isPending) body = <Loading />;
  else if (capacity.isError) body = <LoadError error={capacity.error} retry={() => void capacity.refetch()} />;
  else if (!canEdit) body = <><LastSaved profile={capacity.data} /><CapacityView profile={capacity.data} level={3} /></>;
  else body = <CapacityForm initial={capacity.data} say={live.say} />;

  return (
    <DossierPage section={tClients('dossier.sections.capacity')} intro={<p>{t('intro')}</p>}>
      <nav className="cap-toc" aria-labelledby="cap-toc-heading">
        <h2 id="cap-toc-heading" className="cap-toc__title">{t('toc')}</h2>
        <ul>
          <li><a href="#cap-profile-heading">{t('form.heading')}</a></li>
          <li><a href="#cap-availability-heading">{t('availability.heading')}</a></li>
          {canCompare ? <li><a href="#cap-compare-heading">{t('picker.heading')}</a></li> : null}
          <li><Link to={`/clients/${client.id}/capacity/history${purpose ? `?purpose=${purpose}` : ''}`}>{t('historyLink')}</Link></li>
        </ul>
      </nav>
      <LiveStatus message={live.message} />
      {!canEdit ? <p className="notice">{t('readOnly')}</p> : null}
      <section aria-labelledby="cap-profile-heading" className="cap-section">
        <h2 id="cap-profile-heading" tabIndex={-1}>{t('form.heading')}</h2>
        {body}
      </section>
      <AvailabilitySection clientId={client.id} purpose={purpose} canEdit={canEdit} say={live.say} />
      {canCompare ? <VacancyPicker clientId={client.id} /> : null}
    </DossierPage>
  );
}

function LastSaved({ profile }: { profile: Pick<CapacityProfile, 'version' | 'updatedAt' | 'updatedBy'> }) {
  const { t, i18n } = useTranslation('capacity');
  if (profile.version === 0 || !profile.updatedAt) return <p>{t('form.never')}</p>;
  return <p>{t('form.lastSaved', { version: profile.version, name: profile.updatedBy?.name ?? '', at: formatMoment(profile.updatedAt, i18n.language) })}</p>;
}

function CapacityForm({ initial, say }: { initial: CapacityProfile; say: (text: ReactNode) => void }) {
  const { t } = useTranslation('capacity');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const qc = useQueryClient();
  const id = initial.clientId;
  const [draft, dispatch] = useReducer(capacityReducer, initial, (p) => capacityDraftFrom(p, todayIso()));
  const [base, setBase] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [stale, setStale] = useState<CapacityProfile | null>(null);
  const [showNewer, setShowNewer] = useState(false);
  const [saving, setSaving] = useState(false);
  const focusLater = useFocusLater();
  const guide = starrGuide(locale);

  const messages = useMemo(() => Object.fromEntries(issues.map((i) => [i.path, t(`errors.${i.key}`, i.values)])) as Record<string, string | undefined>, [issues, t]);
  const fieldLabel = useCallback((path: string): string => {
    const [head, second, third] = path.split('.');
    if (head === 'assessedOn') return t('form.assessedOn');
    if (head === 'otherNotes') return competenceFormTexts(locale).otherNotes;
    if (second && isCompetenceItem(second)) {
      const item = competenceLabel(second, locale);
      if (head === 'notes') return t('form.itemNote', { item });
      if (head === 'gapClosers') return t('form.itemCloser', { item });
      return item;
    }
    if (head === 'starr' && second !== undefined) {
      const step = third && (STARR_STEPS as readonly string[]).includes(third) ? guide.steps[third as (typeof STARR_STEPS)[number]].name : t('starr.item');
      return t('starr.field', { n: Number(second) + 1, step });
    }
    return path;
  }, [t, locale, guide]);
  const summaryFields = useMemo(() => Object.fromEntries(issues.flatMap((i) => {
    const fieldId = capacityFieldId(i.path, draft);
    return fieldId ? [[i.path, { id: fieldId, label: fieldLabel(i.path), message: messages[i.path] }]] : [];
  })), [issues, draft, fieldLabel, messages]);

  const save = async (version: number) => {
    const result = toCapacityInput(draft);
    if (!result.ok) {
      setIssues(result.issues);
      setError(browserProblem(result.issues.map((i) => ({ path: i.path, message: i.key }))));
      return;
    }
    setSaving(true);
    try {
      const saved = await api<CapacityProfile>('PUT', capacityPath(id), { body: result.input, version });
      dispatch({ type: 'load', draft: capacityDraftFrom(saved, todayIso()) });
      setBase(saved);
      setIssues([]);
      setError(null);
      setStale(null);
      setShowNewer(false);
      qc.setQueryData(capacityKey(id, null), saved);
      void qc.invalidateQueries({ queryKey: capacityKey(id, 'versions') });
      say(t('form.saved', { version: saved.version }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 412 && e.problem.current) {
        setStale(e.problem.current as CapacityProfile);
        setError(null);
        setIssues([]);
        focusLater(capacityIds.stale);
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
  const takeNewer = (current: CapacityProfile) => {
    dispatch({ type: 'load', draft: capacityDraftFrom(current, todayIso()) });
    setBase(current);
    setStale(null);
    setShowNewer(false);
    qc.setQueryData(capacityKey(id, null), current);
    say(t('form.loadedNewer', { version: current.version }));
    focusLater(capacityIds.assessedOn);
  };
  const addExample = () => {
    const example = emptyStarr();
    dispatch({ type: 'starrAdd', example });
    say(t('starr.added', { n: draft.starr.length + 1 }));
    focusLater(capacityIds.starr(example.key, 'item'));
  };
  const removeExample = (key: string, index: number) => {
    dispatch({ type: 'starrRemove', key });
    setIssues((list) => list.filter((i) => !i.path.startsWith('starr.')));
    say(t('starr.removed', { n: index + 1 }));
    focusLater(capacityIds.starrAdd);
  };

  return (
    <>
      <LastSaved profile={base} />
      {stale ? (
        <div id={capacityIds.stale} className="notice cap-newer" role="alert" tabIndex={-1}>
          <p>{t('form.stale', { version: stale.version })}</p>
          <div className="actions">
            <button type="button" className="button button--secondary" aria-expanded={showNewer} aria-controls="cap-newer" onClick={() => setShowNewer((v) => !v)}>
              {t('form.showNewer', { version: stale.version })}
            </button>
            <button type="button" className="button" onClick={() => void save(stale.version)}>{t('form.keepMine', { version: stale.version })}</button>
            <button type="button" className="button button--secondary" onClick={() => takeNewer(stale)}>{t('form.takeNewer', { version: stale.version })}</button>
          </div>
          <div id="cap-newer" hidden={!showNewer}>
            <h3>{t('form.newerHeading', { version: stale.version })}</h3>
            {showNewer ? <CapacityView profile={stale} level={3} /> : null}
          </div>
        </div>
      ) : null}
      <ErrorSummary error={error} fields={summaryFields} />
      <nav className="cap-groups-nav" aria-label={t('form.groupsNav')}>
        <ul>
          {COMPETENCE_GROUPS.map((g) => <li key={g}><a href={`#${capacityIds.group(g)}`}>{competenceGroupLabel(g, locale)}</a></li>)}
          <li><a href="#cap-starr-heading">{guide.title}</a></li>
        </ul>
      </nav>
      <form noValidate onSubmit={onSubmit} aria-label={t('form.heading')} className="cap-form">
        <TextField
          id={capacityIds.assessedOn} type="date" label={t('form.assessedOn')} hint={t('form.assessedOnHint')} required
          error={messages.assessedOn} value={draft.assessedOn}
          onChange={(e) => dispatch({ type: 'field', field: 'assessedOn', value: e.target.value })}
        />
        <p>{t('form.closerHint')}</p>
        <p className="cap-scale-explain">{scaleExplanation('client', locale)}</p>
        {COMPETENCE_GROUPS.map((group) => {
          const items = competenceItemsOf(group);
          const scored = items.filter((i) => draft.scores[i] !== undefined).length;
          return (
            <fieldset key={group} id={capacityIds.group(group)} className="cap-group" tabIndex={-1}>
              <legend>
                {competenceGroupLabel(group, locale)} <span className="cap-group__count">({t('form.groupCount', { scored, total: items.length })})</span>
              </legend>
              {items.map((item) => (
                <ItemFieldset
                  key={item} item={item} score={draft.scores[item]} note={draft.notes[item] ?? ''} closer={draft.gapClosers[item]}
                  noteError={messages[`notes.${item}`]} closerError={messages[`gapClosers.${item}`]} dispatch={dispatch}
                />
              ))}
            </fieldset>
          );
        })}
        <section aria-labelledby="cap-starr-heading" className="cap-starr-section">
          <h3 id="cap-starr-heading" tabIndex={-1}>{t('starr.heading')}</h3>
          <p>{guide.intro}</p>
          <p className="muted">{guide.tip}</p>
          {draft.starr.length === 0 ? <p>{t('starr.none')}</p> : null}
          {draft.starr.map((example, i) => (
            <StarrFieldset
              key={example.key} example={example} n={i + 1} errors={messages} dispatch={dispatch}
              onRemove={() => removeExample(example.key, i)}
            />
          ))}
          <div className="actions">
            <button type="button" id={capacityIds.starrAdd} className="button button--secondary" onClick={addExample}>{t('starr.add')}</button>
          </div>
        </section>
        <TextArea
          id={capacityIds.otherNotes} label={competenceFormTexts(locale).otherNotes} rows={4} error={messages.otherNotes} value={draft.otherNotes}
          onChange={(e) => dispatch({ type: 'field', field: 'otherNotes', value: e.target.value })}
        />
        <div className="actions cap-savebar">
          <button type="submit" className="button" disabled={saving}>{saving ? tc('common.saving') : t('form.save')}</button>
        </div>
      </form>
    </>
  );
}

type VacancyItem = z.infer<typeof VacancyList>['items'][number];

/** Choose an open vacancy and go to the side-by-side comparison with this client. */
function VacancyPicker({ clientId }: { clientId: string }) {
  const { t } = useTranslation('capacity');
  const navigate = useNavigate();
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  const vacancies = useQuery({
    queryKey: ['vacancies', 'list', 'open'],
    queryFn: () => api<{ items: VacancyItem[] }>('GET', '/api/vacancies', { query: { status: 'open' } }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) {
      setMissing(true);
      document.getElementById('cap-vacancy')?.focus();
      return;
    }
    void navigate(`/clients/${clientId}/capacity/compare/${chosen}`);
  };
  return (
    <section aria-labelledby="cap-compare-heading" className="cap-section">
      <h2 id="cap-compare-heading">{t('picker.heading')}</h2>
      <p>{t('picker.intro')}</p>
      {vacancies.isPending ? <Loading /> : vacancies.isError ? <LoadError error={vacancies.error} retry={() => void vacancies.refetch()} /> : vacancies.data.items.length === 0 ? (
        <p>{t('picker.none')}</p>
      ) : (
        <form noValidate onSubmit={onSubmit} aria-labelledby="cap-compare-heading">
          <SelectField
            id="cap-vacancy" label={t('picker.label')} required error={missing ? t('picker.required') : undefined} value={chosen}
            onChange={(e) => { setChosen(e.target.value); setMissing(false); }}
          >
            <option value="">{t('picker.choose')}</option>
            {vacancies.data.items.map((v) => (
              <option key={v.id} value={v.id}>{t('picker.option', { title: v.title, employer: v.employer.name, city: v.city ? `, ${v.city}` : '' })}</option>
            ))}
          </SelectField>
          <div className="actions">
            <button type="submit" className="button">{t('picker.go')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
