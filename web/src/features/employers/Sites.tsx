import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { TextField } from '../../ui/forms.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { TableWrap } from '../../ui/page.tsx';
import { EMPLOYERS_KEY, employerKey, type Employer, type EmployerSite } from './api.ts';
import { fieldId, useIssueMessages } from './EmployerFields.tsx';
import { LIMITS, siteDraft, siteInput, siteIssues, type SiteDraft } from './forms.ts';

const PREFIX = 'site';
const STATUS_ID = 'sites-status';
const ADD_ID = 'site-add';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; site: EmployerSite } | { kind: 'remove'; site: EmployerSite };

/** The employer's sites (vestigingen) with their address and location, added, changed and removed in place. */
export function Sites({ employer, editable }: { employer: Employer; editable: boolean }) {
  const { t } = useTranslation('employers');
  const qc = useQueryClient();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [removeError, setRemoveError] = useState<unknown>(null);
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: employerKey(employer.id) }), qc.invalidateQueries({ queryKey: EMPLOYERS_KEY })]);
  const done = (text: string) => {
    setMode({ kind: 'list' });
    live.say(<p>{text}</p>);
    focusLater(STATUS_ID);
  };
  const remove = async (site: EmployerSite) => {
    try {
      await api('DELETE', `/api/employers/${employer.id}/sites/${site.id}`, { version: site.version });
      await refresh();
      setRemoveError(null);
      done(t('sites.removed', { name: site.name }));
    } catch (err) {
      setRemoveError(err);
      void refresh();
    }
  };

  return (
    <section aria-labelledby="employer-sites" className="employer-block">
      <h2 id="employer-sites">{t('sites.title')}</h2>
      <LiveStatus message={live.message} id={STATUS_ID} />
      {employer.sites.length === 0 ? <p>{t('sites.none')}</p> : (
        <TableWrap label={t('sites.tableLabel')}>
          <table className="data-table">
            <caption>{t('sites.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sites.name')}</th>
                <th scope="col">{t('sites.place')}</th>
                <th scope="col">{t('sites.coordinates')}</th>
                {editable ? <th scope="col">{t('sites.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {employer.sites.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{[s.address, [s.postcode, s.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || t('list.none')}</td>
                  <td>{s.lat !== null && s.lon !== null ? `${t('sites.known')} (${s.lat}, ${s.lon})` : t('sites.unknown')}</td>
                  {editable ? (
                    <td className="row-actions">
                      <button
                        type="button" id={`site-edit-${s.id}`} className="button button--secondary button--small"
                        onClick={() => { live.clear(); setMode({ kind: 'edit', site: s }); focusLater(fieldId(PREFIX, 'name')); }}
                      >
                        {t('sites.edit')}<span className="visually-hidden"> {s.name}</span>
                      </button>
                      <button
                        type="button" className="button button--danger button--small"
                        onClick={() => { live.clear(); setRemoveError(null); setMode({ kind: 'remove', site: s }); focusLater('site-remove-yes'); }}
                      >
                        {t('sites.remove')}<span className="visually-hidden"> {s.name}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {mode.kind === 'remove' ? (
        <div className="confirm" role="group" aria-labelledby="site-remove-q">
          <p id="site-remove-q">{t('sites.removeConfirm', { name: mode.site.name })}</p>
          {removeError ? <ErrorSummary error={removeError}>{removeError instanceof ApiError && removeError.status === 412 ? <p>{t('stale')}</p> : null}</ErrorSummary> : null}
          <div className="actions">
            <button type="button" id="site-remove-yes" className="button button--danger" onClick={() => void remove(mode.site)}>{t('sites.removeYes')}</button>
            <button type="button" className="button button--secondary" onClick={() => { setMode({ kind: 'list' }); focusLater(`site-edit-${mode.site.id}`); }}>{t('core:common.cancel')}</button>
          </div>
        </div>
      ) : null}
      {mode.kind === 'add' || mode.kind === 'edit' ? (
        <SiteForm
          key={mode.kind === 'edit' ? mode.site.id : 'new'}
          employerId={employer.id}
          site={mode.kind === 'edit' ? mode.site : undefined}
          onSaved={async (name) => { await refresh(); done(mode.kind === 'edit' ? t('sites.saved', { name }) : t('sites.added', { name })); }}
          onCancel={() => { const back = mode.kind === 'edit' ? `site-edit-${mode.site.id}` : ADD_ID; setMode({ kind: 'list' }); focusLater(back); }}
        />
      ) : editable ? (
        <div className="actions">
          <button type="button" id={ADD_ID} className="button button--secondary" onClick={() => { live.clear(); setMode({ kind: 'add' }); focusLater(fieldId(PREFIX, 'name')); }}>
            {t('sites.add')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function SiteForm({ employerId, site, onSaved, onCancel }: {
  employerId: string;
  site?: EmployerSite;
  onSaved: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('employers');
  const [draft, setDraft] = useState<SiteDraft>(() => siteDraft(site));
  const [version, setVersion] = useState(site?.version);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const messages = useIssueMessages(error);
  const headingId = 'site-form-heading';
  const set = (patch: Partial<SiteDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const labels: Record<keyof SiteDraft, string> = {
    name: t('sites.name'), address: t('sites.address'), postcode: t('sites.postcode'), city: t('sites.city'), lat: t('sites.lat'), lon: t('sites.lon'),
  };
  const summary = Object.fromEntries((Object.keys(labels) as (keyof SiteDraft)[]).map((f) => [f, { id: fieldId(PREFIX, f), label: labels[f], message: messages[f] }]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = siteIssues(draft);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      const body = siteInput(draft);
      if (site) await api('PUT', `/api/employers/${employerId}/sites/${site.id}`, { body, version });
      else await api('POST', `/api/employers/${employerId}/sites`, { body });
      await onSaved(body.name);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 412) {
        const current = err.problem.current as EmployerSite | undefined;
        if (current) setVersion(current.version);
      }
      setPending(false);
    }
  };

  const text = (f: keyof SiteDraft, extra: { required?: boolean; hint?: string; inputMode?: 'decimal'; autoComplete?: string } = {}) => (
    <TextField
      id={fieldId(PREFIX, f)} label={labels[f]} error={messages[f]} required={extra.required} hint={extra.hint} inputMode={extra.inputMode}
      autoComplete={extra.autoComplete ?? 'off'} maxLength={f === 'lat' || f === 'lon' ? 20 : LIMITS[f]} value={draft[f]} onChange={(e) => set({ [f]: e.target.value })}
    />
  );
  return (
    <div className="panel">
      <h3 id={headingId}>{site ? t('sites.editTitle', { name: site.name }) : t('sites.addTitle')}</h3>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
        <ErrorSummary error={error} fields={summary}>{error instanceof ApiError && error.status === 412 ? <p>{t('stale')}</p> : null}</ErrorSummary>
        {text('name', { required: true })}
        {text('address', { autoComplete: 'street-address' })}
        {text('postcode', { autoComplete: 'postal-code' })}
        {text('city', { autoComplete: 'address-level2' })}
        <fieldset className="fieldset" aria-describedby="site-coords-hint">
          <legend>{t('sites.coordinates')}</legend>
          <p id="site-coords-hint" className="field__hint">{t('sites.coordinatesHint')}</p>
          {text('lat', { hint: t('sites.latHint'), inputMode: 'decimal' })}
          {text('lon', { hint: t('sites.lonHint'), inputMode: 'decimal' })}
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('core:common.saving') : t('sites.save')}</button>
          <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button>
        </div>
      </form>
    </div>
  );
}
