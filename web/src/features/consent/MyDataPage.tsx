import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientExport } from '../../../../common/schemas/consent.ts';
import { api } from '../../api/client.ts';
import { useProblemMessage } from '../../ui/feedback.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { PortalPage, usePortal } from '../portal/portal.tsx';
import { exportFileName, localToday } from './rules.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './consent.css';

const STATUS_ID = 'my-data-status';

/** Saves text as a file on the person's device, under `name`. */
function saveFile(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Download everything Passend keeps about the client: JSON for another service, PDF to read (GDPR). */
export function MyDataPage() {
  const { t, i18n } = useTranslation('consent');
  const { t: tp } = useTranslation('portal');
  const { client } = usePortal();
  const problem = useProblemMessage();
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const downloadJson = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    live.clear();
    try {
      const data = await api<ClientExport>('GET', `/api/clients/${client.id}/export`);
      const file = exportFileName(localToday());
      saveFile(`${JSON.stringify(data, null, 2)}\n`, file, 'application/json');
      live.say(<p>{t('my.data.jsonDone', { file })}</p>);
      focusLater(STATUS_ID);
    } catch (err) {
      setError(problem(err));
    } finally {
      setPending(false);
    }
  };

  const pdf = `/api/clients/${client.id}/export.pdf?${new URLSearchParams({ lang: i18n.language }).toString()}`;

  return (
    <PortalPage title={tp('nav.data')} intro={<p>{t('my.data.intro')}</p>}>
      <div className="my-data">
        <p className="notice">{t('my.data.safe')}</p>
        <section aria-labelledby="my-data-json">
          <h2 id="my-data-json">{t('my.data.jsonTitle')}</h2>
          <p>{t('my.data.jsonBody')}</p>
          {error ? <p className="load-error" role="alert">{error}</p> : null}
          <button type="button" className="button button--big" aria-disabled={pending || undefined} onClick={() => void downloadJson()}>
            {pending ? t('my.data.jsonBusy') : t('my.data.jsonButton')}
          </button>
          <LiveStatus message={live.message} id={STATUS_ID} />
        </section>
        <section aria-labelledby="my-data-pdf">
          <h2 id="my-data-pdf">{t('my.data.pdfTitle')}</h2>
          <p>{t('my.data.pdfBody')}</p>
          <a className="button button--big" href={pdf} download>{t('my.data.pdfLink')}</a>
        </section>
      </div>
    </PortalPage>
  );
}
