import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/session.ts';
import { Page } from '../../ui/page.tsx';
import { AdminSection } from './AdminSection.tsx';
import { ClientSection } from './ClientSection.tsx';
import { EmployerSection } from './EmployerSection.tsx';
import { SupervisorSection } from './SupervisorSection.tsx';
import { TeamSection } from './TeamSection.tsx';
import { Welcome } from './Welcome.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the page's own styles
import './home.css';

/**
 * The home page. Roles choose the greeting and which sections appear; whether a section may
 * load its data is decided by the abilities the server sent (each section checks its own).
 */
export function Home({ me }: { me: Account }) {
  const { t } = useTranslation('home');
  const has = (role: Account['roles'][number]) => me.roles.includes(role);
  const clientOnly = me.roles.length > 0 && me.roles.every((r) => r === 'client');

  if (clientOnly) {
    return (
      <Page title={t('client.title', { name: me.name })}>
        <ClientSection me={me} />
      </Page>
    );
  }
  const inTeam = has('coach') || has('team_lead') || has('intermediary_coach');
  return (
    <Page title={t('welcome.title', { name: me.name })} wide>
      <Welcome me={me} />
      {inTeam ? <TeamSection me={me} showCounts={has('team_lead')} /> : null}
      {has('hr_officer') ? <EmployerSection me={me} /> : null}
      {has('supervisor') ? <SupervisorSection me={me} /> : null}
      {has('org_admin') ? <AdminSection me={me} /> : null}
      {has('client') ? <ClientSection me={me} /> : null}
    </Page>
  );
}
