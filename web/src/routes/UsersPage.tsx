import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserSummary } from '../../../common/schemas/admin.ts';
import { useMe } from '../api/session.ts';
import { useBranches, useDemo, useUsers } from '../features/admin/api.ts';
import { InviteForm } from '../features/admin/InviteForm.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../ui/live.tsx';
import { manageButtonId, PeopleTable } from '../features/admin/PeopleTable.tsx';
import { PERSON_PANEL_TITLE, PersonPanel } from '../features/admin/PersonPanel.tsx';
import { LoadError, Loading } from '../ui/feedback.tsx';
import { Page } from '../ui/page.tsx';

const STATUS_ID = 'users-status';

/** People of the organisation: the list, inviting someone, and managing one person's roles and access. */
export function UsersPage() {
  const { t } = useTranslation('admin');
  const me = useMe().data;
  const users = useUsers();
  const branches = useBranches();
  const demo = useDemo();
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const [inviteOpen, setInviteOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  if (!me) return <Loading />;
  const organisation = me.organisation.name;
  const selected = users.data?.find((u) => u.id === selectedId);

  const openInvite = () => {
    live.clear();
    setInviteOpen(true);
    focusLater('invite-name');
  };
  const closeInvite = () => {
    setInviteOpen(false);
    focusLater('invite-toggle');
  };
  const invited = (user: UserSummary) => {
    setInviteOpen(false);
    live.say(
      <>
        <p>{t('invite.sent', { name: user.name, email: user.email })}</p>
        {demo.data?.demoMode ? (
          <p>
            {t('invite.sentDemo')} <Link to="/dev/mailbox">{t('invite.openMailbox')}</Link>
          </p>
        ) : null}
      </>,
    );
    focusLater(STATUS_ID);
  };
  const manage = (user: UserSummary) => {
    live.clear();
    setSelectedId(user.id);
    focusLater(PERSON_PANEL_TITLE);
  };
  const closePanel = () => {
    if (selectedId) focusLater(manageButtonId(selectedId));
    setSelectedId(null);
  };
  const panelDone = (message: string) => {
    live.say(<p>{message}</p>);
    closePanel();
  };

  return (
    <Page title={t('users.title')} intro={<p>{t('users.intro', { organisation })}</p>} wide>
      <div className="toolbar">
        <button
          type="button"
          id="invite-toggle"
          className="button"
          aria-expanded={inviteOpen}
          aria-controls={inviteOpen ? 'invite-section' : undefined}
          onClick={() => (inviteOpen ? closeInvite() : openInvite())}
        >
          {t('invite.open')}
        </button>
      </div>

      {inviteOpen ? (
        <section id="invite-section" className="panel" aria-labelledby="invite-title">
          <h2 id="invite-title">{t('invite.title')}</h2>
          <p className="muted">{t('invite.intro')}</p>
          <InviteForm
            kind={me.organisation.kind}
            branches={branches.data}
            branchesFailed={branches.isError}
            onInvited={invited}
            onCancel={closeInvite}
          />
        </section>
      ) : null}

      <LiveStatus message={live.message} id={STATUS_ID} />

      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <LoadError error={users.error} retry={() => void users.refetch()} />
      ) : (
        <PeopleTable
          users={users.data}
          branches={branches.data}
          organisation={organisation}
          meId={me.id}
          selectedId={selectedId}
          onManage={manage}
        />
      )}

      {selected ? (
        <PersonPanel
          key={selected.id}
          person={selected}
          meId={me.id}
          kind={me.organisation.kind}
          branches={branches.data}
          branchesFailed={branches.isError}
          onDone={panelDone}
          onClose={closePanel}
        />
      ) : null}
    </Page>
  );
}
