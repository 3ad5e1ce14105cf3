import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { DB } from '../../db/types.ts';
import type { Config } from '../../env.ts';
import { claimDueEmails, markFailed, markSent } from './outbox.queries.ts';

/**
 * Sends queued email over SMTP when SMTP_URL is set. Without it the queue is kept: in demo
 * mode the dev mailbox page shows it; otherwise it waits until SMTP is configured.
 */
export function createMailSender(config: Config, db: Kysely<DB>) {
  const transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
  async function sendDue(): Promise<number> {
    if (!transport) return 0;
    const due = await claimDueEmails(db, 20);
    for (const mail of due) {
      try {
        await transport.sendMail({ from: config.mailFrom, to: mail.to_address, subject: mail.subject, text: mail.body_text });
        await markSent(db, mail.id);
      } catch (err) {
        await markFailed(db, mail.id, mail.attempts, (err as Error).message);
      }
    }
    return due.length;
  }
  return { enabled: transport !== undefined, sendDue };
}
