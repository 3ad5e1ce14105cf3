import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { DATA_CATEGORIES, type ConsentPurpose, type DataCategory } from '../../../common/consent.ts';
import { recordAudit } from '../audit/audit.ts';
import type { DB } from '../db/types.ts';
import { forbidden, notFound } from '../lib/errors.ts';
import type { Actor } from './actor.ts';
import type { Scope } from './scope.ts';

/**
 * How the actor stands to a client:
 * - `self`: the client's own account;
 * - `coach`: the responsible coach or a co-coach;
 * - `team_lead`: lead of a team that a coach of this client belongs to;
 * - `recipient`: anyone else, through an active consent for the purpose of the read.
 */
export type ClientRelation = 'self' | 'coach' | 'team_lead' | 'recipient';

export interface ClientGrant {
  clientId: string;
  /** The job-coaching organisation that holds the dossier. */
  organisationId: string;
  relation: ClientRelation;
  categories: ReadonlySet<DataCategory>;
  /** The purpose the read was made for (recipients only). */
  purpose: ConsentPurpose | null;
}

const ALL = new Set<DataCategory>(DATA_CATEGORIES);

/** Reads by anyone but the client and their own coaches are audited and shown to the client. */
export const isAuditedRead = (g: ClientGrant) => g.relation === 'team_lead' || g.relation === 'recipient';

/** The client's own coaching team: assigned coaches, and team leads of those coaches. */
function teamCondition(eb: ExpressionBuilder<DB, 'clients'>, actor: Actor): Expression<SqlBool> {
  return eb.and([
    eb('clients.organisation_id', '=', actor.organisationId),
    eb.or([
      eb.exists(
        eb.selectFrom('client_assignments as ca').select(sql`1`.as('x'))
          .whereRef('ca.client_id', '=', 'clients.id').where('ca.user_id', '=', actor.userId),
      ),
      eb.exists(
        eb.selectFrom('client_assignments as ca')
          .innerJoin('team_members as coach', 'coach.user_id', 'ca.user_id')
          .innerJoin('team_members as lead', 'lead.team_id', 'coach.team_id')
          .select(sql`1`.as('x'))
          .whereRef('ca.client_id', '=', 'clients.id')
          .where('lead.user_id', '=', actor.userId)
          .where('lead.is_lead', '=', true),
      ),
    ]),
  ]);
}

/**
 * A consent (aliased `c`) that is in force today for this actor as recipient, for one
 * purpose: not withdrawn, inside its validity dates, naming the actor or their organisation.
 */
const consentInForce = (actor: Actor, purpose: ConsentPurpose) => sql<SqlBool>`
  c.purpose = ${purpose} AND c.withdrawn_at IS NULL
  AND c.valid_from <= current_date AND (c.valid_until IS NULL OR c.valid_until >= current_date)
  AND (c.recipient_organisation_id = ${actor.organisationId} OR c.recipient_user_id = ${actor.userId})`;

/**
 * The where-clause of every client list: the client themself, their own coaching team, or,
 * with a purpose, recipients of an active consent for it. Nothing else sees a client.
 */
export function visibleClients(actor: Actor, purpose?: ConsentPurpose) {
  return (eb: ExpressionBuilder<DB, 'clients'>): Expression<SqlBool> =>
    eb.or([
      eb('clients.user_id', '=', actor.userId),
      teamCondition(eb, actor),
      ...(purpose
        ? [eb.exists(eb.selectFrom('consents as c').select(sql`1`.as('x')).whereRef('c.client_id', '=', 'clients.id').where(consentInForce(actor, purpose)))]
        : []),
    ]);
}

/**
 * What the actor may see of one client, decided afresh on every request (nothing caches a
 * consent decision). Undefined means: answer 404, as if the client did not exist.
 */
export async function clientGrant(db: Kysely<DB>, actor: Actor, clientId: string, purpose?: ConsentPurpose): Promise<ClientGrant | undefined> {
  const row = await db
    .selectFrom('clients')
    .select((eb) => [
      'clients.id',
      'clients.organisation_id',
      eb('clients.user_id', '=', actor.userId).as('is_self'),
      eb.exists(
        eb.selectFrom('client_assignments as ca').select(sql`1`.as('x'))
          .whereRef('ca.client_id', '=', 'clients.id').where('ca.user_id', '=', actor.userId),
      ).as('is_coach'),
      sql<boolean>`${teamCondition(eb, actor)}`.as('is_team'),
    ])
    .where('clients.id', '=', clientId)
    .executeTakeFirst();
  if (!row) return undefined;
  const base = { clientId: row.id, organisationId: row.organisation_id };
  if (row.is_self) return { ...base, relation: 'self', categories: ALL, purpose: null };
  if (row.is_coach && row.organisation_id === actor.organisationId) return { ...base, relation: 'coach', categories: ALL, purpose: null };
  if (row.is_team) return { ...base, relation: 'team_lead', categories: ALL, purpose: null };
  if (!purpose) return undefined;
  const granted = await db
    .selectFrom('consents as c')
    .select('c.categories')
    .where('c.client_id', '=', clientId)
    .where(consentInForce(actor, purpose))
    .execute();
  const categories = new Set(granted.flatMap((g) => g.categories).filter((c): c is DataCategory => (DATA_CATEGORIES as readonly string[]).includes(c)));
  if (categories.size === 0) return undefined;
  return { ...base, relation: 'recipient', categories, purpose };
}

/**
 * The gate of every route that reads a client's data: the grant when the actor may see all
 * of `categories` (for recipients: through consents for `purpose`), else 404. A read by anyone
 * but the client and their own coaches leaves an audit row that the client sees in their
 * access log ("who saw what, when").
 */
export async function readClient(
  scope: Scope,
  clientId: string,
  categories: readonly DataCategory[],
  purpose?: ConsentPurpose,
): Promise<ClientGrant> {
  const grant = await clientGrant(scope.db, scope.me, clientId, purpose);
  if (!grant || !categories.every((c) => grant.categories.has(c))) throw notFound();
  if (isAuditedRead(grant)) {
    await recordAudit(scope.db, {
      organisationId: scope.me.organisationId,
      actorUserId: scope.me.userId,
      action: 'client.read',
      entity: 'client',
      entityId: clientId,
      details: { categories: [...categories], purpose: grant.purpose, relation: grant.relation },
      ip: scope.ip,
    });
  }
  return grant;
}

/**
 * The gate of every route that changes a client's dossier: their own coaching team may;
 * the client may where `allowSelf` (agreeing to a plan, giving or withdrawing consent).
 * Anyone who may not even see the client gets 404; a recipient who may see but not write, 403.
 */
export async function writeClient(scope: Scope, clientId: string, opts: { allowSelf?: boolean } = {}): Promise<ClientGrant> {
  const grant = await clientGrant(scope.db, scope.me, clientId);
  if (!grant) throw notFound();
  const allowed = grant.relation === 'coach' || grant.relation === 'team_lead' || (opts.allowSelf === true && grant.relation === 'self');
  if (!allowed) throw forbidden();
  return grant;
}
