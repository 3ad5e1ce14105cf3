import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PlacementCreated, PlacementInput } from '../../../../common/schemas/placements.ts';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { clientKey, DossierPage, useDossier } from '../clients/dossier.tsx';
import { emptyDraft, numberText, type PlacementDraft } from './form.ts';
import { PlacementForm } from './PlacementForm.tsx';
import { useVacancy } from './queries.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './placements.css';

/** What the placement page announces after a new placement was saved. */
export interface CreatedPlacementState {
  created: { kind: PlacementInput['kind']; employer: string; phaseChanged: boolean };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * /clients/:id/placements/new(?vacancyId=…): a new job taster, work experience placement,
 * exploratory internship or paid job. From a match (?vacancyId) the vacancy preselects the
 * employer, its site and the job title.
 */
export function NewPlacementPage() {
  const { t, i18n } = useTranslation('placements');
  const { t: tc } = useTranslation('clients');
  const { client } = useDossier();
  const [params] = useSearchParams();
  const raw = params.get('vacancyId') ?? '';
  const vacancyId = UUID.test(raw) ? raw : '';
  const vacancy = useVacancy(vacancyId);
  const canWrite = useCan('placements.write');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const base = `/clients/${client.id}/placements`;

  const create = async (input: PlacementInput) => {
    const created = await api<z.infer<typeof PlacementCreated>>('POST', '/api/placements', { body: input });
    await qc.invalidateQueries({ queryKey: clientKey(client.id) });
    const employer = qc.getQueryData<{ id: string; name: string }[]>(['placements', 'employers'])?.find((e) => e.id === input.employerId)?.name ?? '';
    const state: CreatedPlacementState = { created: { kind: input.kind, employer, phaseChanged: created.phaseChanged } };
    await navigate(`${base}/${created.id}`, { state });
  };

  let initial: PlacementDraft | null = emptyDraft();
  if (vacancyId) {
    if (vacancy.isPending) initial = null;
    else if (vacancy.data) {
      initial = {
        ...emptyDraft(),
        employerId: vacancy.data.employer.id,
        siteId: vacancy.data.site?.id ?? '',
        vacancyId: vacancy.data.id,
        title: vacancy.data.title,
        hours: numberText(vacancy.data.hoursPerWeek, i18n.language),
      };
    }
  }

  return (
    <DossierPage section={tc('dossier.sections.placements')} intro={<p>{t('form.newIntro')}</p>}>
      <p><Link to={base}>{t('page.back')}</Link></p>
      <h2 id="placement-new-heading">{t('form.newHeading')}</h2>
      {!canWrite ? <p className="notice">{t('list.readOnly')}</p> : vacancy.isError ? (
        <LoadError error={vacancy.error} retry={() => void vacancy.refetch()} />
      ) : initial === null ? <Loading /> : (
        <>
          {vacancy.data ? <p className="notice">{t('form.vacancyFromMatch', { title: vacancy.data.title, employer: vacancy.data.employer.name })}</p> : null}
          <PlacementForm
            key={vacancyId} clientId={client.id} initial={initial} label={t('form.newHeading')} submitLabel={t('form.create')}
            onSubmit={(input) => create(input)}
          />
        </>
      )}
    </DossierPage>
  );
}
