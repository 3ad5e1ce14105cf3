import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { LOCALES, type Locale } from '../../../common/roles.ts';
import { api } from '../api/client.ts';
import { useMe, useSignOut } from '../api/session.ts';
import { currentLocale, setLocale } from '../i18n/index.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DemoInfo } from '../../../common/schemas/auth.ts';

/** The frame of every page: skip link, header with navigation and language, main, footer. */
export function Shell() {
  const { t } = useTranslation();
  const me = useMe().data;
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  // The small-screen menu is open for the page it was opened on; navigating closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;

  // After client-side navigation, move focus to the new page's heading so it is announced.
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('page-title')?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="site-header">
        <div className="site-header__bar">
          <NavLink to="/" className="brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span>{t('appName')}</span>
          </NavLink>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
          >
            {t('nav.menu')}
          </button>
        </div>
        <div id="main-nav" className={`site-header__nav${menuOpen ? ' is-open' : ''}`}>
          <MainNav />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.privacy')}</p>
        <p>
          <a href="/api/docs">{t('footer.api')}</a>
        </p>
        {me ? <p className="site-footer__who">{me.name} · {me.organisation.name}</p> : null}
      </footer>
    </>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const me = useMe().data;
  const signOut = useSignOut();
  const navigate = useNavigate();
  const demo = useQuery({ queryKey: ['demo'], queryFn: () => api<DemoInfo>('GET', '/api/auth/demo'), staleTime: Infinity });
  const can = (a: string) => me?.abilities.includes(a as never) ?? false;
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav-list">
        {me ? (
          <>
            <li><NavLink to="/" end>{t('nav.home')}</NavLink></li>
            {can('clients.update') ? <li><NavLink to="/clients">{t('nav.clients')}</NavLink></li> : null}
            {can('employers.write') ? <li><NavLink to="/employers">{t('nav.employers')}</NavLink></li> : null}
            {can('vacancies.write') ? <li><NavLink to="/vacancies">{t('nav.vacancies')}</NavLink></li> : null}
            {can('clients.shared') ? <li><NavLink to="/shared">{t('nav.shared')}</NavLink></li> : null}
            {can('portal.use') ? <li><NavLink to="/my">{t('nav.my')}</NavLink></li> : null}
            {can('users.manage') ? <li><NavLink to="/admin/users">{t('nav.users')}</NavLink></li> : null}
            {can('branches.manage') ? <li><NavLink to="/admin/branches">{t('nav.branches')}</NavLink></li> : null}
            {can('audit.read') ? <li><NavLink to="/admin/audit">{t('nav.audit')}</NavLink></li> : null}
            {can('matching.weights') ? <li><NavLink to="/admin/matching">{t('nav.matchingWeights')}</NavLink></li> : null}
            <li><NavLink to="/account">{t('nav.account')}</NavLink></li>
          </>
        ) : (
          <li><NavLink to="/sign-in">{t('nav.signIn')}</NavLink></li>
        )}
        {demo.data?.demoMode ? <li><NavLink to="/dev/mailbox">{t('nav.mailbox')}</NavLink></li> : null}
        {me ? (
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })}
            >
              {t('nav.signOut')}
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function LanguageSwitch() {
  const { t } = useTranslation();
  const me = useMe().data;
  const qc = useQueryClient();
  const change = async (locale: Locale) => {
    await setLocale(locale);
    if (me) {
      // Remember the choice on the account too; a stale version only means we reload it.
      try {
        await api('PATCH', '/api/me', { body: { locale }, version: me.version });
      } finally {
        await qc.invalidateQueries({ queryKey: ['me'] });
      }
    }
  };
  return (
    <div className="language-switch">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select id="language-select" value={currentLocale()} onChange={(e) => void change(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>{t(`language.${l}`)}</option>
        ))}
      </select>
    </div>
  );
}
