import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkify } from './linkify.ts';
import './mail.css';

export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
  status: string;
}

/** An email body as written, with every address in it a real link. */
function MailBody({ text }: { text: string }) {
  const pieces = linkify(text, window.location.origin);
  return (
    <div className="mail-body">
      {pieces.map((p, i) =>
        p.kind === 'text' ? (
          <span key={i}>{p.text}</span>
        ) : p.internal ? (
          <Link key={i} to={p.href}>{p.text}</Link>
        ) : (
          <a key={i} href={p.href} rel="noopener noreferrer">{p.text}</a>
        ),
      )}
    </div>
  );
}

/** The outgoing emails, newest first, each with its recipient, time, status and body. */
export function MailList({ messages }: { messages: MailboxMessage[] }) {
  const { t, i18n } = useTranslation('mail');
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <ol className="mail-list" aria-label={t('listLabel')}>
      {messages.map((m) => {
        const titleId = `mail-${m.id}-subject`;
        return (
          <li key={m.id}>
            <article className="mail" aria-labelledby={titleId}>
              <h2 id={titleId} className="mail__subject">{m.subject}</h2>
              <dl className="details mail__meta">
                <dt>{t('to')}</dt>
                <dd className="break">{m.to}</dd>
                <dt>{t('when')}</dt>
                <dd><time dateTime={m.createdAt}>{when.format(new Date(m.createdAt))}</time></dd>
                <dt>{t('status')}</dt>
                <dd>{t(`statuses.${m.status}`, { defaultValue: m.status })}</dd>
              </dl>
              <MailBody text={m.body} />
            </article>
          </li>
        );
      })}
    </ol>
  );
}
