import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

export interface OutgoingEmail {
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
}

/** Queues an email in the same transaction as the change that causes it. */
export async function enqueueEmail(trx: Kysely<DB> | Transaction<DB>, mail: OutgoingEmail): Promise<void> {
  await trx
    .insertInto('outbox_emails')
    .values({
      organisation_id: mail.organisationId,
      to_address: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      next_attempt_at: sql<Date>`now()`,
    })
    .execute();
}

/** Claims due emails for this instance; SKIP LOCKED lets several instances share the queue. */
export async function claimDueEmails(db: Kysely<DB>, limit: number) {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('outbox_emails')
      .select(['id', 'to_address', 'subject', 'body_text', 'attempts'])
      .where('status', '=', 'queued')
      .where('next_attempt_at', '<=', sql<Date>`now()`)
      .orderBy('next_attempt_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length > 0) {
      // Hold them for five minutes: long enough to send, short enough to retry after a crash.
      await trx
        .updateTable('outbox_emails')
        .set({ next_attempt_at: sql<Date>`now() + interval '5 minutes'`, attempts: sql<number>`attempts + 1` })
        .where('id', 'in', rows.map((r) => r.id))
        .execute();
    }
    return rows;
  });
}

/** Sending is given up after this many attempts, with backoff between them. */
export const MAX_SEND_ATTEMPTS = 8;

export async function markSent(db: Kysely<DB>, id: string): Promise<void> {
  await db.updateTable('outbox_emails').set({ status: 'sent', sent_at: sql<Date>`now()`, last_error: null }).where('id', '=', id).execute();
}

export async function markFailed(db: Kysely<DB>, id: string, attempts: number, error: string): Promise<void> {
  const giveUp = attempts + 1 >= MAX_SEND_ATTEMPTS;
  await db
    .updateTable('outbox_emails')
    .set({
      status: giveUp ? 'failed' : 'queued',
      last_error: error.slice(0, 1000),
      next_attempt_at: sql<Date>`now() + make_interval(secs => ${30 * 2 ** attempts})`,
    })
    .where('id', '=', id)
    .execute();
}

/** The dev mailbox (demo mode): the newest messages, whatever their status. */
export async function listMailbox(db: Kysely<DB>, limit = 50) {
  return db
    .selectFrom('outbox_emails')
    .select(['id', 'to_address', 'subject', 'body_text', 'created_at', 'status'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
