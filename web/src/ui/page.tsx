import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A page: its one h1 (focused by the shell after navigation so screen readers announce it)
 * and the document title.
 */
export function Page({ title, children, intro, wide }: { title: string; children: ReactNode; intro?: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);
  return (
    <div className={wide ? 'page page--wide' : 'page'}>
      <h1 id="page-title" tabIndex={-1}>{title}</h1>
      {intro ? <div className="page__intro">{intro}</div> : null}
      {children}
    </div>
  );
}

/** A table that scrolls sideways on a narrow screen and can be scrolled by keyboard. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
