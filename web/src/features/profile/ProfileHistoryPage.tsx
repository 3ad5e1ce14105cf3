import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { ProfileVersion as ProfileVersionSchema, ProfileVersionList } from '../../../../common/schemas/vocational-profile.ts';
import { api } from '../../api/client.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { TableWrap } from '../../ui/page.tsx';
import { clientKey, DossierPage, useDossier } from '../clients/dossier.tsx';
import { formatMoment } from './format.ts';
import { changeField, changeValue } from './paths.ts';
import { profilePath } from './ProfilePage.tsx';
import './profile.css';

type VersionList = z.infer<typeof ProfileVersionList>;
type ProfileVersion = z.infer<typeof ProfileVersionSchema>;

const CHANGES_HEADING = 'pf-changes-heading';

/** Every saved version of the profile (who, when) and, for one chosen, the fields it changed. */
export function ProfileHistoryPage() {
  const { t, i18n } = useTranslation('profile');
  const { client } = useDossier();
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('version')) || null;
  const versions = useQuery({
    queryKey: clientKey(client.id, 'vocational-profile', 'versions'),
    queryFn: () => api<VersionList>('GET', `${profilePath(client.id)}/versions`),
  });
  const locale = i18n.language;
  return (
    <DossierPage section={t('history.title')} intro={<p>{t('history.intro')}</p>}>
      <p><Link className="profile-pdf" to={`/clients/${client.id}/profile`}>{t('history.back')}</Link></p>
      {versions.isPending ? <Loading /> : null}
      {versions.isError ? <LoadError error={versions.error} retry={() => void versions.refetch()} /> : null}
      {versions.data && versions.data.items.length === 0 ? <p>{t('history.none')}</p> : null}
      {versions.data && versions.data.items.length > 0 ? (
        <TableWrap label={t('history.caption')}>
          <table className="profile-history">
            <caption>{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.version')}</th>
                <th scope="col">{t('history.savedAt')}</th>
                <th scope="col">{t('history.savedBy')}</th>
                <th scope="col">{t('history.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.items.map((v) => (
                <tr key={v.version}>
                  <th scope="row">{v.version}</th>
                  <td>{formatMoment(v.savedAt, locale)}</td>
                  <td>{v.savedBy.name}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-pressed={chosen === v.version}
                      onClick={() => setParams({ version: String(v.version) }, { replace: true })}
                    >
                      {t('history.show', { version: v.version })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {chosen ? <VersionChanges clientId={client.id} version={chosen} /> : null}
    </DossierPage>
  );
}

function VersionChanges({ clientId, version }: { clientId: string; version: number }) {
  const { t, i18n } = useTranslation('profile');
  const heading = useRef<HTMLHeadingElement>(null);
  const result = useQuery({
    queryKey: clientKey(clientId, 'vocational-profile', 'versions', version),
    queryFn: () => api<ProfileVersion>('GET', `${profilePath(clientId)}/versions/${version}`),
  });
  const loaded = result.data?.version;
  // The person asked for this version: take them to what it changed once it is there.
  useEffect(() => {
    if (loaded !== undefined) heading.current?.focus();
  }, [loaded]);
  if (result.isPending) return <Loading />;
  if (result.isError) return <LoadError error={result.error} retry={() => void result.refetch()} />;
  const v = result.data;
  const locale = i18n.language;
  const changes = v.changes.flatMap((c) => {
    const field = changeField(c.path, t);
    return field ? [{ path: c.path, label: field.label, before: changeValue(field, c.before, t, locale), after: changeValue(field, c.after, t, locale) }] : [];
  });
  return (
    <section aria-labelledby={CHANGES_HEADING}>
      <h2 id={CHANGES_HEADING} ref={heading} tabIndex={-1}>{t('history.changesHeading', { version: v.version })}</h2>
      <p>{t('history.byLine', { name: v.savedBy.name, at: formatMoment(v.savedAt, locale) })}</p>
      {changes.length === 0 ? (
        <p>{t('history.noChanges')}</p>
      ) : (
        <ul className="profile-changes">
          {changes.map((c) => (
            <li key={c.path}>
              <strong>{c.label}</strong>: <del>{c.before}</del> <span aria-hidden="true">→</span>
              <span className="visually-hidden"> {t('history.arrow')} </span> <ins>{c.after}</ins>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
