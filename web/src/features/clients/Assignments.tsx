import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDossier } from '../../../../common/schemas/clients.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { useCan, useMe } from '../../api/session.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { CheckboxField, SelectField } from '../../ui/forms.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { clientKey } from './dossier.tsx';
import { CASELOAD_KEY, useCoachColleagues } from './queries.ts';

const STATUS_ID = 'assign-status';
type Coach = NonNullable<ClientDossier['coaches']>[number];

/**
 * The responsible coach and co-coaches, and for the responsible coach or a team lead a form to
 * change them (PUT …/assignments with the client's version).
 */
export function Assignments({ client }: { client: ClientDossier }) {
  const { t } = useTranslation('clients');
  const me = useMe().data;
  const canUpdate = useCan('clients.update');
  const coaches = client.coaches ?? [];
  const responsible = coaches.find((c) => c.kind === 'responsible');
  const coCoaches = coaches.filter((c) => c.kind === 'co_coach');
  // The server lets the responsible coach or a team lead hand the client over (relation from the server).
  const mayAssign = canUpdate && (client.relation === 'team_lead' || (me !== undefined && me !== null && responsible?.userId === me.id));
  const [open, setOpen] = useState(false);
  const live = useLiveStatus();
  const focusLater = useFocusLater();

  return (
    <section className="dossier-block" aria-labelledby="assign-title">
      <h2 id="assign-title">{t('assign.title')}</h2>
      <dl className="details">
        <dt>{t('overview.responsible')}</dt>
        <dd>{responsible?.name ?? t('overview.none')}</dd>
        <dt>{t('overview.coCoaches')}</dt>
        <dd>{coCoaches.length > 0 ? coCoaches.map((c) => c.name).join(', ') : t('overview.none')}</dd>
      </dl>
      <LiveStatus message={live.message} id={STATUS_ID} />
      {mayAssign ? (
        <>
          <div className="actions">
            <button
              type="button"
              id="assign-toggle"
              className="button button--secondary"
              aria-expanded={open}
              aria-controls={open ? 'assign-form' : undefined}
              onClick={() => {
                live.clear();
                setOpen(!open);
                if (!open) focusLater('assign-responsible');
              }}
            >
              {t('assign.change')}
            </button>
          </div>
          {open ? (
            <AssignmentsForm
              client={client}
              current={coaches}
              onDone={() => {
                setOpen(false);
                live.say(<p>{t('assign.saved')}</p>);
                focusLater(STATUS_ID);
              }}
              onCancel={() => {
                setOpen(false);
                focusLater('assign-toggle');
              }}
            />
          ) : null}
        </>
      ) : (
        <p className="muted">{t('assign.only')}</p>
      )}
    </section>
  );
}

function AssignmentsForm({ client, current, onDone, onCancel }: { client: ClientDossier; current: Coach[]; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('clients');
  const qc = useQueryClient();
  const colleagues = useCoachColleagues(true);
  const [responsible, setResponsible] = useState(current.find((c) => c.kind === 'responsible')?.userId ?? '');
  const [coCoaches, setCoCoaches] = useState(current.filter((c) => c.kind === 'co_coach').map((c) => c.userId));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  // Everyone who may be chosen: the organisation's coaches, plus anyone assigned now.
  const people = (colleagues.data ?? []).map((c) => ({ id: c.id, name: c.name }));
  for (const c of current) if (!people.some((p) => p.id === c.userId)) people.push({ id: c.userId, name: c.name });
  people.sort((a, b) => a.name.localeCompare(b.name));

  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  const responsibleError = fieldErrors.responsible ? (fieldErrors.responsible === 'required' ? t('errors.responsibleRequired') : t('errors.notACoach')) : undefined;
  const coCoachError = Object.keys(fieldErrors).some((k) => k.startsWith('coCoaches')) ? t('errors.notACoach') : undefined;
  const stale = error instanceof ApiError && error.status === 412;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    if (!responsible) {
      setError(browserProblem([{ path: 'responsible', message: 'required' }]));
      return;
    }
    setPending(true);
    try {
      await api('PUT', `/api/clients/${client.id}/assignments`, {
        body: { responsible, coCoaches: coCoaches.filter((c) => c !== responsible) },
        version: client.version,
      });
      setError(null);
      await Promise.all([qc.invalidateQueries({ queryKey: clientKey(client.id) }), qc.invalidateQueries({ queryKey: CASELOAD_KEY })]);
      onDone();
    } catch (err) {
      setError(err);
      // A stale version: show the newest assignment above, keep the choice in the form.
      if (err instanceof ApiError && err.status === 412) void qc.invalidateQueries({ queryKey: clientKey(client.id) });
    } finally {
      setPending(false);
    }
  };

  if (colleagues.isPending) return <Loading />;
  return (
    <form id="assign-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="assign-title" className="dossier-form">
      <ErrorSummary
        error={error}
        fields={{
          responsible: { id: 'assign-responsible', label: t('assign.responsible'), message: responsibleError },
          coCoaches: { id: `assign-co-${coCoaches[0] ?? people.find((p) => p.id !== responsible)?.id ?? ''}`, label: t('assign.coCoaches'), message: coCoachError },
        }}
      >
        {stale ? <p>{t('assign.stale')}</p> : null}
      </ErrorSummary>
      {colleagues.isError ? <LoadError error={colleagues.error} retry={() => void colleagues.refetch()} /> : null}
      <SelectField id="assign-responsible" label={t('assign.responsible')} required error={responsibleError} value={responsible} onChange={(e) => setResponsible(e.target.value)}>
        {responsible === '' ? <option value="">{t('overview.none')}</option> : null}
        {people.map((p) => (
          <option key={p.id} value={p.id}>{p.name}</option>
        ))}
      </SelectField>
      <fieldset className={`fieldset${coCoachError ? ' fieldset--error' : ''}`} aria-describedby="assign-co-hint">
        <legend>{t('assign.coCoaches')}</legend>
        <p id="assign-co-hint" className="field__hint">{t('assign.coCoachesHint')}</p>
        {coCoachError ? <p className="field__error">{coCoachError}</p> : null}
        {people.filter((p) => p.id !== responsible).map((p) => (
          <CheckboxField
            key={p.id}
            id={`assign-co-${p.id}`}
            label={p.name}
            checked={coCoaches.includes(p.id)}
            onChange={(e) => setCoCoaches((list) => (e.target.checked ? [...list, p.id] : list.filter((x) => x !== p.id)))}
          />
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('core:common.saving') : t('assign.save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button>
      </div>
    </form>
  );
}
