import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Hand-written table types; they mirror db/migrations and are checked by the integration tests. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationsTable {
  id: Generated<string>;
  kind: 'coaching' | 'employer' | 'intermediary';
  name: string;
  region: 'flanders' | 'netherlands';
  created_at: Timestamp;
  version: Generated<number>;
}

export interface BranchesTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  address: Generated<string>;
  active: Generated<boolean>;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  name: string;
  password_hash: string | null;
  locale: Generated<'nl-BE' | 'nl-NL' | 'en'>;
  status: Generated<'invited' | 'active' | 'deactivated'>;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface UserRolesTable {
  organisation_id: string;
  user_id: string;
  role: string;
  branch_id: string | null;
}

export interface SessionsTable {
  id_hash: Buffer;
  user_id: string;
  organisation_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: Generated<string>;
  user_agent: Generated<string>;
}

export interface AuthThrottleTable {
  key: string;
  window_start: Timestamp;
  failures: number;
}

export interface AuthTokensTable {
  token_hash: Buffer;
  purpose: 'password_reset' | 'invitation';
  organisation_id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface OutboxEmailsTable {
  id: Generated<string>;
  organisation_id: string | null;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: Timestamp;
  status: Generated<'queued' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  sent_at: Timestamp | null;
  last_error: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  organisation_id: string | null;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  ip: Generated<string>;
  at: Timestamp;
}

export interface DB {
  organisations: OrganisationsTable;
  branches: BranchesTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  auth_throttle: AuthThrottleTable;
  auth_tokens: AuthTokensTable;
  outbox_emails: OutboxEmailsTable;
  audit_log: AuditLogTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type Branch = Selectable<BranchesTable>;
