import { useTranslation } from 'react-i18next';
import { useDemoInfo } from './ui.tsx';

/** Long email addresses and names wrap instead of widening the page at 320 px. */
const WRAP = { overflowWrap: 'anywhere' } as const;

/**
 * In demo mode: every demo account (name, roles in words, organisation) with a button that
 * signs in as that person with the shared demo password. Renders nothing outside demo mode.
 */
export function DemoAccounts({ onChoose, disabled }: { onChoose: (email: string, password: string) => void; disabled: boolean }) {
  const { t, i18n } = useTranslation('auth');
  const demo = useDemoInfo().data;
  if (!demo?.demoMode || !demo.password || demo.accounts.length === 0) return null;
  const password = demo.password;
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (
    <section aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">{t('demo.title')}</h2>
      <p>
        {t('demo.intro')} <code>{password}</code>
      </p>
      <p>{t('demo.choose')}</p>
      <ul className="cards">
        {demo.accounts.map((a) => (
          <li key={a.email} className="card">
            <h3>{a.name}</h3>
            <dl className="details" style={WRAP}>
              <dt>{t('demo.roles')}</dt>
              <dd>{list.format(a.roles.map((r) => t(`core:roles.${r}`)))}</dd>
              <dt>{t('demo.organisation')}</dt>
              <dd>{a.organisationName}</dd>
            </dl>
            <div className="actions">
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={disabled || undefined}
                onClick={() => onChoose(a.email, password)}
              >
                {t('demo.signInAs', { name: a.name })}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
