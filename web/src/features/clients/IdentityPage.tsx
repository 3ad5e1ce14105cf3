import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalIdKind } from '../../../../common/national-id.ts';
import type { ClientIdentity } from '../../../../common/schemas/clients.ts';
import { api, ApiError } from '../../api/client.ts';
import { useCan, useMe } from '../../api/session.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { clientKey, DossierPage, useDossier } from './dossier.tsx';
import { useFormat } from './format.ts';
import { formToInput, identityToForm, type IdentityField } from './identity-form.ts';
import { IdentityFields, useIdentityErrors } from './IdentityFields.tsx';
import { CASELOAD_KEY } from './queries.ts';
import { SupportNetwork } from './SupportNetwork.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './clients.css';

const PREFIX = 'identity';
const STATUS_ID = 'identity-status';

/** Personal details (view and change) and the client's support network. */
export function IdentityPage() {
  const { t } = useTranslation('clients');
  const { client } = useDossier();
  const canUpdate = useCan('clients.update');
  const [editing, setEditing] = useState(false);
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const identity = client.identity;

  return (
    <DossierPage section={t('dossier.sections.identity')}>
      <section aria-labelledby="identity-title" className="dossier-block">
        <h2 id="identity-title">{editing ? t('identity.editTitle') : t('fields.personal')}</h2>
        <LiveStatus message={live.message} id={STATUS_ID} />
        {identity && editing ? (
          <IdentityEditor
            key={client.id}
            onSaved={() => {
              setEditing(false);
              live.say(<p>{t('identity.saved')}</p>);
              focusLater(STATUS_ID);
            }}
            onCancel={() => {
              setEditing(false);
              focusLater('identity-edit');
            }}
          />
        ) : identity ? (
          <>
            <IdentityView identity={identity} />
            {canUpdate ? (
              <div className="actions">
                <button
                  type="button"
                  id="identity-edit"
                  className="button"
                  onClick={() => {
                    live.clear();
                    setEditing(true);
                    focusLater(`${PREFIX}-salutation`);
                  }}
                >
                  {t('identity.edit')}
                </button>
              </div>
            ) : null}
          </>
        ) : (
          <p>{t('phase.unknown')}</p>
        )}
      </section>
      <SupportNetwork />
    </DossierPage>
  );
}

const joined = (g: Record<string, string>, keys: string[]) => keys.map((k) => g[k]).filter(Boolean).join(', ');

/** The personal details as a description list, in the order of the beroepsoriënteringsschema. */
export function IdentityView({ identity }: { identity: ClientIdentity }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const or = (v: string | undefined | null) => (v ? v : <span className="muted">{t('fields.notFilled')}</span>);
  const kind = identity.nationalId?.kind ?? 'be_rrn';
  return (
    <dl className="details">
      <dt>{t('fields.salutation')}</dt>
      <dd>{identity.salutation ? t(`fields.salutations.${identity.salutation}`) : or('')}</dd>
      <dt>{t('fields.givenName')}</dt>
      <dd>{identity.givenName}</dd>
      <dt>{t('fields.familyName')}</dt>
      <dd>{identity.familyName}</dd>
      <dt>{t('fields.birthDate')}</dt>
      <dd>{identity.birthDate ? format.date(identity.birthDate) : or('')}</dd>
      <dt>{t(`fields.nationalId.${kind}`)}</dt>
      <dd>{or(identity.nationalId?.value)}</dd>
      <dt>{t('fields.address')}</dt>
      <dd>{or(identity.address)}</dd>
      <dt>{t('fields.postcode')}</dt>
      <dd>{or(identity.postcode)}</dd>
      <dt>{t('fields.city')}</dt>
      <dd>{or(identity.city)}</dd>
      <dt>{t('fields.phoneHome')}</dt>
      <dd>{or(identity.phoneHome)}</dd>
      <dt>{t('fields.phoneMobile')}</dt>
      <dd>{or(identity.phoneMobile)}</dd>
      <dt>{t('fields.email')}</dt>
      <dd>{or(identity.email)}</dd>
      <dt>{t('fields.nextOfKin')}</dt>
      <dd>{or(joined(identity.nextOfKin, ['name', 'relation', 'address', 'postcode', 'phone']))}</dd>
      <dt>{t('fields.emergencyPhone')}</dt>
      <dd>{or(identity.emergencyPhone)}</dd>
      <dt>{t('fields.professionalNetwork')}</dt>
      <dd>{or(joined(identity.professionalNetwork, ['name', 'address', 'phone']))}</dd>
      <dt>{t('fields.religionCulture')}</dt>
      <dd className="timeline-reason">{or(identity.religionCulture)}</dd>
      <dt>{t('fields.referrer')}</dt>
      <dd>{or(identity.referrer)}</dd>
    </dl>
  );
}

/**
 * Changing the personal details at the version the coach saw. When someone else saved in
 * between (412) the form keeps what was typed, shows the newest version next to it, and the
 * next save is based on that version.
 */
function IdentityEditor({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation('clients');
  const { client } = useDossier();
  const me = useMe().data;
  const qc = useQueryClient();
  const defaultKind: NationalIdKind = me?.organisation.region === 'netherlands' ? 'nl_bsn' : 'be_rrn';
  const [form, setForm] = useState(() => identityToForm(client.identity!, defaultKind));
  const [version, setVersion] = useState(client.version);
  const [theirs, setTheirs] = useState<ClientIdentity | null>(null);
  const [pending, setPending] = useState(false);
  const errors = useIdentityErrors(PREFIX, form);
  const change = (field: IdentityField, value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending || !errors.check()) return;
    setPending(true);
    try {
      await api('PUT', `/api/clients/${client.id}`, { body: formToInput(form), version });
      setTheirs(null);
      await Promise.all([qc.invalidateQueries({ queryKey: clientKey(client.id) }), qc.invalidateQueries({ queryKey: CASELOAD_KEY })]);
      onSaved();
    } catch (err) {
      errors.fail(err);
      if (err instanceof ApiError && err.status === 412) {
        const current = err.problem.current as { identity?: ClientIdentity; version?: number } | undefined;
        if (current?.identity) setTheirs(current.identity);
        if (typeof current?.version === 'number') setVersion(current.version);
        void qc.invalidateQueries({ queryKey: clientKey(client.id) });
      }
    } finally {
      setPending(false);
    }
  };

  const stale = errors.error instanceof ApiError && errors.error.status === 412;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="identity-title" className="identity-form">
      <ErrorSummary error={errors.error} fields={errors.summary}>
        {stale ? <p>{t('identity.stale')}</p> : null}
      </ErrorSummary>
      {theirs ? (
        <div className="theirs">
          <h3>{t('identity.theirs')}</h3>
          <IdentityView identity={theirs} />
        </div>
      ) : null}
      <IdentityFields prefix={PREFIX} form={form} errors={errors.messages} onChange={change} />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('core:common.saving') : t('identity.save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button>
      </div>
    </form>
  );
}
