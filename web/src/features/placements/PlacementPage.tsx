import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Placement, PlacementInput } from '../../../../common/schemas/placements.ts';
import { api, ApiError } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { clientKey, DossierPage, useDossier } from '../clients/dossier.tsx';
import { EvaluationsSection } from './EvaluationsSection.tsx';
import { draftFromPlacement } from './form.ts';
import type { CreatedPlacementState } from './NewPlacementPage.tsx';
import { PlacementForm } from './PlacementForm.tsx';
import { PlacementAgreements, PlacementFacts, PlacementWarnings } from './PlacementView.tsx';
import { agreementPdfHref, usePlacement } from './queries.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './placements.css';

const HEADING_ID = 'placement-heading';

/**
 * /clients/:id/placements/:placementId: one placement with its agreement (and for a paid job
 * securing the job), its warnings, the agreement PDF, changes with If-Match, and the evaluations.
 */
export function PlacementPage() {
  const { t } = useTranslation('placements');
  const { t: tc } = useTranslation('clients');
  const { client, purpose } = useDossier();
  const { placementId = '' } = useParams();
  const placement = usePlacement(client.id, placementId);
  const canWrite = useCan('placements.write') && !purpose;
  const live = useLiveStatus();
  const location = useLocation();
  const created = (location.state as CreatedPlacementState | null)?.created;
  const announced = useRef(false);
  const base = `/clients/${client.id}/placements`;

  // Said once the page is there, so the polite region announces it (a region born with text may be missed).
  useEffect(() => {
    if (!created || announced.current) return;
    announced.current = true;
    live.say(
      <>
        {t('page.created', { kind: t(`kinds.${created.kind}`), employer: created.employer })}
        {created.phaseChanged ? <> {t('page.phaseChanged')} <Link to={`/clients/${client.id}/trajectory`}>{t('page.trajectoryLink')}</Link></> : null}
      </>,
    );
  }, [created, live, t, client.id]);

  return (
    <DossierPage section={tc('dossier.sections.placements')}>
      <p><Link to={base}>{t('page.back')}</Link></p>
      <LiveStatus message={live.message} />
      {placement.isPending ? <Loading /> : placement.isError ? (
        placement.error instanceof ApiError && (placement.error.status === 404 || placement.error.status === 400)
          ? <p className="notice">{t('page.notFound')}</p>
          : <LoadError error={placement.error} retry={() => void placement.refetch()} />
      ) : (
        <Details clientId={client.id} placement={placement.data} canWrite={canWrite} say={live.say} phaseBelow5={client.trajectory?.status === 'open' && client.trajectory.phase < 5} />
      )}
    </DossierPage>
  );
}

function Details({ clientId, placement: p, canWrite, say, phaseBelow5 }: {
  clientId: string; placement: Placement; canWrite: boolean; say: (text: string) => void;
  /** The open trajectory is before phase 5: a paid job that starts moves it there (as the server does). */
  phaseBelow5: boolean;
}) {
  const { t, i18n } = useTranslation('placements');
  const qc = useQueryClient();
  const focusLater = useFocusLater();
  const [editing, setEditing] = useState(false);
  const title = t('list.itemTitle', { kind: t(`kinds.${p.kind}`), title: p.title, employer: p.employer.name });

  const save = async (input: PlacementInput, version: number | undefined) => {
    await api<Placement>('PUT', `/api/placements/${p.id}`, { body: input, version });
    await qc.invalidateQueries({ queryKey: clientKey(clientId) });
    setEditing(false);
    const moved = phaseBelow5 && input.kind === 'paid_job' && (input.status === 'planned' || input.status === 'ongoing');
    say(moved ? `${t('page.saved')} ${t('page.phaseChanged')}` : t('page.saved'));
    focusLater(HEADING_ID);
  };

  return (
    <>
      <section aria-labelledby={HEADING_ID} className="placement">
        <h2 id={HEADING_ID} tabIndex={-1}>{title}</h2>
        <PlacementWarnings placement={p} />
        {editing ? (
          <>
            <h3 id="placement-edit-heading" tabIndex={-1}>{t('form.editHeading')}</h3>
            <PlacementForm
              key={p.id} clientId={clientId} initial={draftFromPlacement(p, i18n.language)} version={p.version}
              label={t('form.editHeading')} submitLabel={t('form.save')} onSubmit={save}
              onCancel={() => { setEditing(false); focusLater('placement-edit'); }}
            />
          </>
        ) : (
          <>
            <h3>{t('page.facts')}</h3>
            <PlacementFacts placement={p} />
            <div className="actions">
              {canWrite ? (
                <button type="button" id="placement-edit" className="button button--secondary" onClick={() => { setEditing(true); focusLater('placement-edit-heading'); }}>
                  {t('page.edit')}
                </button>
              ) : null}
              <a className="button button--secondary" href={agreementPdfHref(p.id, i18n.language)} type="application/pdf">
                {t('page.pdf')} <span className="visually-hidden">{t('page.pdfNote')}</span>
              </a>
            </div>
            <PlacementAgreements placement={p} headingLevel={3} />
          </>
        )}
      </section>
      <EvaluationsSection clientId={clientId} placement={p} canWrite={canWrite} say={say} />
    </>
  );
}
