import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { DossierPage, useDossier } from '../clients/dossier.tsx';
import { todayIso } from '../plan/format.ts';
import { usePlacementText } from './labels.ts';
import { usePlacements, type PlacementListItem } from './queries.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './placements.css';

/**
 * /clients/:id/placements: the client's job tasters, work experience placements, exploratory
 * internships and paid jobs, newest first, with warnings and the next evaluation due (said in
 * words when it is within 7 days or overdue).
 */
export function PlacementsPage() {
  const { t } = useTranslation('placements');
  const { t: tc } = useTranslation('clients');
  const { client, purpose } = useDossier();
  const placements = usePlacements(client.id);
  const canWrite = useCan('placements.write') && !purpose;
  const base = `/clients/${client.id}/placements`;

  return (
    <DossierPage section={tc('dossier.sections.placements')} intro={<p>{t('intro')}</p>}>
      {canWrite ? (
        <p><Link className="button" to={`${base}/new`}>{t('list.new')}</Link></p>
      ) : <p className="notice">{t('list.readOnly')}</p>}
      {placements.isPending ? <Loading /> : placements.isError ? (
        <LoadError error={placements.error} retry={() => void placements.refetch()} />
      ) : placements.data.length === 0 ? <p>{t('list.none')}</p> : (
        <ul className="placement-list">
          {placements.data.toSorted((a, b) => b.startDate.localeCompare(a.startDate)).map((p) => <Item key={p.id} placement={p} base={base} />)}
        </ul>
      )}
    </DossierPage>
  );
}

function Item({ placement: p, base }: { placement: PlacementListItem; base: string }) {
  const { t } = useTranslation('placements');
  const text = usePlacementText();
  const due = text.nextDue(p.nextEvaluationDue, todayIso());
  const length = text.length(p);
  return (
    <li className="card placement-card">
      <h2>
        <Link to={`${base}/${p.id}`}>{t('list.itemTitle', { kind: t(`kinds.${p.kind}`), title: p.title, employer: p.employer.name })}</Link>
      </h2>
      <dl className="details placement-facts">
        <dt>{t('list.period')}</dt>
        <dd>{text.period(p)}{length ? ` (${length})` : null}</dd>
        <dt>{t('list.status')}</dt>
        <dd>{t(`statuses.${p.status}`)}</dd>
        {p.warnings.length > 0 ? (
          <>
            <dt>{t('list.warnings')}</dt>
            <dd>{p.warnings.map((w) => <span key={w} className="tag tag--warning">{t(`warnings.${w}`)}</span>)}</dd>
          </>
        ) : null}
        <dt>{t('list.nextEvaluation')}</dt>
        <dd className={due.state === 'overdue' || due.state === 'soon' ? `due due--${due.state}` : undefined}>{due.text}</dd>
      </dl>
    </li>
  );
}
