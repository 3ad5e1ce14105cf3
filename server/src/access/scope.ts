import type { Kysely, Transaction } from 'kysely';
import { recordAudit, type AuditEntry } from '../audit/audit.ts';
import type { DB } from '../db/types.ts';
import { HttpProblem } from '../lib/errors.ts';
import type { Actor } from './actor.ts';

export type Trx = Transaction<DB>;

/**
 * The database handle a route receives, built per request from the actor. Queries that
 * concern an organisation's records take their organisation from here, never from input,
 * so another organisation's record is simply not found.
 */
export class Scope {
  constructor(
    /** For *.queries.ts only: routes go through query functions that take the scope. */
    readonly db: Kysely<DB>,
    readonly actor: Actor | undefined,
    readonly ip: string,
  ) {}

  /** The actor, for routes whose policy already required a session. */
  get me(): Actor {
    if (!this.actor) throw new HttpProblem(401, 'unauthenticated');
    return this.actor;
  }

  /** The actor's organisation: the tenant every tenant-owned query is limited to. */
  get organisationId(): string {
    return this.me.organisationId;
  }

  /** Runs `fn` in one transaction; `audit` writes in that same transaction. */
  transaction<T>(fn: (trx: Trx, audit: (e: Omit<AuditEntry, 'organisationId' | 'actorUserId' | 'ip'> & Partial<AuditEntry>) => Promise<void>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) =>
      fn(trx, (entry) =>
        recordAudit(trx, {
          organisationId: this.actor?.organisationId ?? null,
          actorUserId: this.actor?.userId ?? null,
          ip: this.ip,
          ...entry,
        }),
      ),
    );
  }
}
