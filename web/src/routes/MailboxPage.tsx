import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useDemo } from '../features/admin/api.ts';
import { LiveStatus, useLiveStatus } from '../ui/live.tsx';
import { MailList, type MailboxMessage } from '../features/mail/MailList.tsx';
import { LoadError, Loading } from '../ui/feedback.tsx';
import { Page } from '../ui/page.tsx';

/** The dev mailbox: in demo mode, every outgoing email with clickable links; otherwise why there is none. */
export function MailboxPage() {
  const { t } = useTranslation('mail');
  const demo = useDemo();
  const demoMode = demo.data?.demoMode === true;
  const live = useLiveStatus();
  const mailbox = useQuery({
    queryKey: ['dev-mailbox'],
    queryFn: async ({ signal }) => (await api<{ items: MailboxMessage[] }>('GET', '/api/dev/mailbox', { signal })).items,
    enabled: demoMode,
  });

  if (demo.isPending) {
    return (
      <Page title={t('title')}>
        <Loading />
      </Page>
    );
  }
  if (demo.isError) {
    return (
      <Page title={t('title')}>
        <LoadError error={demo.error} retry={() => void demo.refetch()} />
      </Page>
    );
  }
  if (!demoMode) {
    return (
      <Page title={t('title')}>
        <div className="notice">
          <h2>{t('notDemoTitle')}</h2>
          <p>{t('notDemo')}</p>
          <p>{t('notDemoHelp')}</p>
        </div>
        <p><Link to="/">{t('home')}</Link></p>
      </Page>
    );
  }

  const refresh = async () => {
    if (mailbox.isFetching) return;
    const result = await mailbox.refetch();
    if (result.data) live.say(<p>{t('refreshed', { count: result.data.length })}</p>);
  };

  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <div className="toolbar">
        <button type="button" className="button button--secondary" aria-disabled={mailbox.isFetching || undefined} onClick={() => void refresh()}>
          {mailbox.isFetching && !mailbox.isPending ? t('refreshing') : t('refresh')}
        </button>
        {mailbox.data ? <span>{t('count', { count: mailbox.data.length })}</span> : null}
      </div>
      <LiveStatus message={live.message} />
      {mailbox.isPending ? (
        <Loading />
      ) : mailbox.isError ? (
        <LoadError error={mailbox.error} retry={() => void mailbox.refetch()} />
      ) : mailbox.data.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <MailList messages={mailbox.data} />
          {mailbox.data.length >= 50 ? <p className="muted">{t('limit')}</p> : null}
        </>
      )}
    </Page>
  );
}
