import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { listName } from '../clients/caseload.ts';
import { useFormat } from '../clients/format.ts';
import { useCaseload } from '../clients/queries.ts';
import { useApproaches, type Employer, type EmployerApproach } from './api.ts';
import { APPROACH_FORM_FIRST, ApproachForm } from './ApproachForm.tsx';
import { todayIso } from './forms.ts';

const STATUS_ID = 'approaches-status';
const ADD_ID = 'approach-add';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; approach: EmployerApproach };

/** The approach log, latest first, in the seed's 5 elements; a new approach or a change to one. The keeping organisation's only. */
export function Approaches({ employer }: { employer: Employer }) {
  const { t } = useTranslation('employers');
  const approaches = useApproaches(employer.id, true);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const caseload = useCaseload();
  const clientName = (id: string) => {
    const c = caseload.data?.items.find((i) => i.id === id);
    return c ? listName(c) || t('approaches.clientUnknown') : t('approaches.clientUnknown');
  };

  return (
    <section aria-labelledby="employer-approaches" className="employer-block">
      <h2 id="employer-approaches">{t('approaches.title')}</h2>
      <p className="muted">{t('approaches.intro')}</p>
      <LiveStatus message={live.message} id={STATUS_ID} />
      {mode.kind === 'add' || mode.kind === 'edit' ? (
        <ApproachForm
          key={mode.kind === 'edit' ? mode.approach.id : 'new'}
          employer={employer}
          approach={mode.kind === 'edit' ? mode.approach : undefined}
          clients={(caseload.data?.items ?? []).map((c) => ({ id: c.id, name: listName(c) || t('approaches.clientUnknown') }))}
          onSaved={() => {
            live.say(<p>{mode.kind === 'edit' ? t('approaches.saved') : t('approaches.added')}</p>);
            setMode({ kind: 'list' });
            focusLater(STATUS_ID);
          }}
          onCancel={() => {
            const back = mode.kind === 'edit' ? `approach-edit-${mode.approach.id}` : ADD_ID;
            setMode({ kind: 'list' });
            focusLater(back);
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" id={ADD_ID} className="button" onClick={() => { live.clear(); setMode({ kind: 'add' }); focusLater(APPROACH_FORM_FIRST); }}>
            {t('approaches.add')}
          </button>
        </div>
      )}
      {approaches.isPending ? <Loading /> : approaches.isError ? (
        <LoadError error={approaches.error} retry={() => void approaches.refetch()} />
      ) : approaches.data.length === 0 ? <p>{t('approaches.none')}</p> : (
        <ol className="approach-list">
          {approaches.data.map((a) => (
            <li key={a.id}>
              <ApproachView
                approach={a} employer={employer} clientName={clientName}
                onEdit={mode.kind === 'list' ? () => { live.clear(); setMode({ kind: 'edit', approach: a }); focusLater(APPROACH_FORM_FIRST); } : undefined}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ApproachView({ approach: a, employer, clientName, onEdit }: {
  approach: EmployerApproach;
  employer: Employer;
  clientName: (id: string) => string;
  onEdit?: () => void;
}) {
  const { t } = useTranslation('employers');
  const format = useFormat();
  const headingId = `approach-${a.id}`;
  const nothing = <span className="muted">{t('approaches.nothing')}</span>;
  const text = (v: string) => (v ? <span className="employer-text">{v}</span> : nothing);
  const contact = employer.contacts.find((c) => c.id === a.meetingContactId)?.name;
  const due = a.followUpDate !== null && a.followUpDate <= todayIso();
  return (
    <article className="approach" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('approaches.heading', { date: format.date(a.approachedOn) })}</h3>
      <p>
        {t('approaches.by', { name: a.createdBy.name })}
        {a.clientId ? <> · {t('approaches.client')}: {clientName(a.clientId)}</> : null}
        {' · '}
        {a.followUpDate === null ? t('approaches.noFollowUp') : due ? (
          <span className="state state--due">{t('approaches.followUpDue', { date: format.date(a.followUpDate) })}</span>
        ) : t('approaches.followUp', { date: format.date(a.followUpDate) })}
      </p>
      <h4>{t('approaches.step1')}</h4>
      <p>{text(a.information)}</p>
      <h4>{t('approaches.step2')}</h4>
      <dl className="details">
        <dt>{t('approaches.method')}</dt>
        <dd>{t(`approaches.methods.${a.method}`)}</dd>
        <dt>{t('approaches.purpose')}</dt>
        <dd>{text(a.purpose)}</dd>
      </dl>
      <h4>{t('approaches.step3')}</h4>
      <dl className="details">
        <dt>{t('approaches.meetingDate')}</dt>
        <dd>{a.meetingDate ? format.date(a.meetingDate) : nothing}</dd>
        <dt>{t('approaches.meetingWith')}</dt>
        <dd>{[contact, a.meetingWith].filter(Boolean).join(' · ') || nothing}</dd>
        <dt>{t('approaches.meetingNotes')}</dt>
        <dd>{text(a.meetingNotes)}</dd>
      </dl>
      <h4>{t('approaches.step4')}</h4>
      {a.objections.length === 0 ? <p>{t('approaches.objectionsNone')}</p> : (
        <ol className="approach-objections">
          {a.objections.map((o, i) => (
            <li key={i}>
              <span className="employer-text">{o.objection}</span>
              <br />
              <strong>{t('approaches.response')}:</strong> {o.response ? <span className="employer-text">{o.response}</span> : nothing}
            </li>
          ))}
        </ol>
      )}
      <h4>{t('approaches.step5')}</h4>
      <dl className="details">
        <dt>{t('approaches.agreementsLegend')}</dt>
        <dd>{a.agreements.length > 0 ? format.list(a.agreements.map((g) => t(`approaches.agreements.${g}`))) : nothing}</dd>
        <dt>{t('approaches.agreementNotes')}</dt>
        <dd>{text(a.agreementNotes)}</dd>
      </dl>
      {onEdit ? (
        <div className="actions">
          <button type="button" id={`approach-edit-${a.id}`} className="button button--secondary" onClick={onEdit}>
            {t('approaches.edit')}<span className="visually-hidden"> {t('approaches.heading', { date: format.date(a.approachedOn) })}</span>
          </button>
        </div>
      ) : null}
    </article>
  );
}
