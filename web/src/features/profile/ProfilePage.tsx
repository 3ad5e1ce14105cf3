import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useReducer, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VocationalProfile } from '../../../../common/schemas/vocational-profile.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { clientKey, DossierPage, useDossier } from '../clients/dossier.tsx';
import { draftFrom, draftReducer, getAt, toInput, type FieldIssue } from './draft.ts';
import { TABLES, SECTIONS, type TableKey } from './layout.ts';
import { addButtonId, fieldId, FormContext, FormSection, sectionId, type FormContextValue } from './ProfileFields.tsx';
import { ProfileView } from './ProfileView.tsx';
import { changeField } from './paths.ts';

export const profileKey = (id: string) => clientKey(id, 'vocational-profile');
export const profilePath = (id: string) => `/api/clients/${id}/vocational-profile`;

export function useProfile(id: string) {
  return useQuery({ queryKey: profileKey(id), queryFn: () => api<VocationalProfile>('GET', profilePath(id)) });
}

/** The coaching team's page of the beroepsoriënteringsschema: one long form, or the profile to read. */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const { client } = useDossier();
  const profile = useProfile(client.id);
  const canEdit = useCan('clients.update');
  let body: ReactNode;
  if (profile.isPending) body = <Loading />;
  else if (profile.isError) body = <LoadError error={profile.error} retry={() => void profile.refetch()} />;
  else if (!canEdit) body = <><p>{t('form.readOnly')}</p><ProfileLinks profile={profile.data} /><ProfileView profile={profile.data} /></>;
  else body = <ProfileForm initial={profile.data} />;
  return (
    <DossierPage section={t('title')} intro={<p>{t('intro')}</p>}>
      {body}
    </DossierPage>
  );
}

function ProfileLinks({ profile }: { profile: VocationalProfile }) {
  const { t, i18n } = useTranslation('profile');
  return (
    <ul className="profile-links">
      {profile.version > 0 ? (
        <li>
          <a className="profile-pdf" href={`${profilePath(profile.clientId)}.pdf?lang=${encodeURIComponent(i18n.language)}`}>
            {t('form.pdf', { version: profile.version })}
          </a>
        </li>
      ) : null}
      <li><Link className="profile-pdf" to={`/clients/${profile.clientId}/profile/history`}>{t('form.history')}</Link></li>
    </ul>
  );
}

/** Moves focus to an element by id once React has rendered it. */
function useFocusLater() {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    const el = document.getElementById(target.id);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [target]);
  return useCallback((id: string) => setTarget({ id }), []);
}

const validationError = (issues: FieldIssue[]) =>
  browserProblem(issues.map((i) => ({ path: i.path, message: i.key })));

/** The server's field errors in our own words (its texts are English): occupations by their field, the rest "not filled in well". */
const serverIssues = (error: unknown): FieldIssue[] =>
  error instanceof ApiError
    ? (error.problem.errors ?? []).map((e) => (/\.occupation(\.uri)?$/.test(e.path) ? { path: e.path.replace(/\.uri$/, ''), key: 'occupation' } : { path: e.path, key: 'invalid' }))
    : [];

function ProfileForm({ initial }: { initial: VocationalProfile }) {
  const { t } = useTranslation('profile');
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const id = initial.clientId;
  const [draft, dispatch] = useReducer(draftReducer, initial, draftFrom);
  const [base, setBase] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [stale, setStale] = useState<VocationalProfile | null>(null);
  const [showNewer, setShowNewer] = useState(false);
  const [saving, setSaving] = useState(false);
  const [live, setLive] = useState<{ text: string; n: number } | null>(null);
  const say = useCallback((text: string) => setLive((m) => ({ text, n: (m?.n ?? 0) + 1 })), []);
  const focusLater = useFocusLater();

  const messages = useMemo(() => Object.fromEntries(issues.map((i) => [i.path, t(`errors.${i.key}`, i.values)])), [issues, t]);
  const summaryFields = useMemo(
    () => Object.fromEntries(issues.map((i) => [i.path, { id: fieldId(i.path), label: changeField(i.path, t)?.label ?? i.path, message: messages[i.path] }])),
    [issues, messages, t],
  );

  const context: FormContextValue = useMemo(() => ({
    draft,
    dispatch,
    errors: messages,
    addRow: (table: TableKey) => {
      const spec = TABLES[table];
      const rows = getAt(draft, spec.path);
      const count = Array.isArray(rows) ? rows.length : 0;
      dispatch({ type: 'add', table });
      say(t('form.added', { row: t(`rowNames.${table}`, { n: count + 1 }) }));
      focusLater(fieldId(`${spec.path}.${count}.${spec.columns[0].name}`));
    },
    removeRow: (table: TableKey, index: number) => {
      dispatch({ type: 'remove', table, index });
      setIssues((list) => list.filter((i) => !i.path.startsWith(`${TABLES[table].path}.`)));
      say(t('form.removed', { row: t(`rowNames.${table}`, { n: index + 1 }) }));
      focusLater(addButtonId(table));
    },
  }), [draft, messages, say, focusLater, t]);

  const save = async (version: number) => {
    const result = toInput(draft);
    if (!result.ok) {
      setIssues(result.issues);
      setError(validationError(result.issues));
      return;
    }
    setSaving(true);
    try {
      const saved = await api<VocationalProfile>('PUT', profilePath(id), { body: result.input, version });
      dispatch({ type: 'load', draft: draftFrom(saved) });
      setBase(saved);
      setIssues([]);
      setError(null);
      setStale(null);
      setShowNewer(false);
      qc.setQueryData(profileKey(id), saved);
      void qc.invalidateQueries({ queryKey: clientKey(id) });
      say(t('form.saved', { version: saved.version }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 412 && e.problem.current) {
        setStale(e.problem.current as VocationalProfile);
        setError(null);
        setIssues([]);
        focusLater('pf-stale');
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
  const takeNewer = (current: VocationalProfile) => {
    dispatch({ type: 'load', draft: draftFrom(current) });
    setBase(current);
    setStale(null);
    setShowNewer(false);
    qc.setQueryData(profileKey(id), current);
    say(t('form.loadedNewer', { version: current.version }));
    focusLater(sectionId('personsToConsult'));
  };

  return (
    <FormContext.Provider value={context}>
      <ProfileLinks profile={base} />
      <div role="status" className="profile-live">{live ? <p key={live.n} className="status-message">{live.text}</p> : null}</div>
      {stale ? (
        <div id="pf-stale" className="notice profile-newer" role="alert" tabIndex={-1}>
          <p>{t('form.stale', { version: stale.version })}</p>
          <div className="actions">
            <button type="button" className="button button--secondary" aria-expanded={showNewer} aria-controls="pf-newer" onClick={() => setShowNewer((v) => !v)}>
              {t('form.showNewer')}
            </button>
            <button type="button" className="button" onClick={() => void save(stale.version)}>{t('form.keepMine', { version: stale.version })}</button>
            <button type="button" className="button button--secondary" onClick={() => takeNewer(stale)}>{t('form.takeNewer', { version: stale.version })}</button>
          </div>
          <div id="pf-newer" hidden={!showNewer}>
            <h2>{t('form.newerHeading', { version: stale.version })}</h2>
            {showNewer ? <ProfileView profile={stale} level={3} /> : null}
          </div>
        </div>
      ) : null}
      <ErrorSummary error={error} fields={summaryFields} />
      <nav className="profile-toc" aria-labelledby="pf-toc">
        <h2 id="pf-toc">{t('toc')}</h2>
        <ol>
          {SECTIONS.map((s) => <li key={s.key}><a href={`#${sectionId(s.key)}`}>{t(`sections.${s.key}`)}</a></li>)}
        </ol>
      </nav>
      <form noValidate onSubmit={onSubmit} aria-label={t('title')}>
        {SECTIONS.map((s) => <FormSection key={s.key} section={s.key} />)}
        <div className="actions profile-savebar">
          <button type="submit" className="button" disabled={saving}>{saving ? tc('common.saving') : t('form.save')}</button>
        </div>
      </form>
    </FormContext.Provider>
  );
}
