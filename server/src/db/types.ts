import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { EmployerTables } from './types.employers.ts';
import type { CapacityTables } from './types.capacity.ts';
import type { MatchingTables } from './types.matching.ts';
import type { PlacementTables } from './types.placements.ts';
import type { VacancyTables } from './types.vacancies.ts';

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

export interface TeamsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
}

export interface TeamMembersTable {
  organisation_id: string;
  team_id: string;
  user_id: string;
  is_lead: Generated<boolean>;
}

type Json<T = Record<string, unknown>> = ColumnType<T, string | undefined, string>;

export interface ClientsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string | null;
  salutation: Generated<'' | 'mr' | 'mrs' | 'ms' | 'mx'>;
  given_name: string;
  family_name: string;
  birth_date: ColumnType<string | null, string | null | undefined, string | null>;
  national_id_kind: 'be_rrn' | 'nl_bsn' | null;
  national_id: string | null;
  address: Generated<string>;
  postcode: Generated<string>;
  city: Generated<string>;
  phone_home: Generated<string>;
  phone_mobile: Generated<string>;
  email: Generated<string>;
  next_of_kin: Json;
  emergency_phone: Generated<string>;
  professional_network: Json;
  religion_culture: Generated<string>;
  referrer: Generated<string>;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface ClientAssignmentsTable {
  organisation_id: string;
  client_id: string;
  user_id: string;
  kind: 'responsible' | 'co_coach';
}

export interface SupportContactsTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  name: string;
  relation: Generated<string>;
  organisation: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  contact_allowed: Generated<boolean>;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface TrajectoriesTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  phase: Generated<number>;
  status: Generated<'open' | 'closed'>;
  outcome: 'paid_work_regular' | 'other_work' | 'referred' | 'stopped' | null;
  outcome_detail: Generated<string>;
  opened_at: Timestamp;
  closed_at: Timestamp | null;
  version: Generated<number>;
}

export interface TrajectoryEventsTable {
  id: Generated<string>;
  organisation_id: string;
  trajectory_id: string;
  kind: 'opened' | 'phase_changed' | 'closed' | 'reopened';
  from_phase: number | null;
  to_phase: number | null;
  reason: Generated<string>;
  by_user_id: string | null;
  at: Timestamp;
}

export interface ConsentsTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  recipient_organisation_id: string | null;
  recipient_user_id: string | null;
  /** An employer record of organisation_id without Passend accounts; gives nobody read access. */
  recipient_employer_id: ColumnType<string | null, string | null | undefined, string | null>;
  categories: string[];
  purpose: string;
  valid_from: ColumnType<string, string, string>;
  valid_until: ColumnType<string | null, string | null | undefined, string | null>;
  method: 'written' | 'verbal' | 'portal';
  evidence: Generated<string>;
  recorded_by: string;
  recorded_at: Timestamp;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
}

export interface EscoIscoGroupsTable {
  code: string;
  uri: string;
  preferred_label: string;
}

export interface EscoOccupationsTable {
  uri: string;
  code: string;
  isco_group: string;
  preferred_label: string;
  description: Generated<string>;
}

export interface EscoLabelsTable {
  occupation_uri: string;
  label: string;
  search: string;
  preferred: boolean;
}

export interface EscoImportsTable {
  dataset: string;
  checksum: string;
  row_count: number;
  loaded_at: Timestamp;
}

export interface VocationalProfilesTable {
  organisation_id: string;
  client_id: string;
  version: number;
  updated_at: Timestamp;
  updated_by: string;
}

export interface VocationalProfileVersionsTable {
  organisation_id: string;
  client_id: string;
  version: number;
  saved_at: Timestamp;
  saved_by: string;
  content: Json<unknown>;
}

/** Health and benefits versions: stored apart from the rest of the profile. */
export interface VocationalProfilePartVersionsTable {
  organisation_id: string;
  client_id: string;
  version: number;
  content: Json<unknown>;
}

export interface ClientEngagementsTable {
  organisation_id: string;
  client_id: string;
  first_contact_channel: 'phone' | 'email' | 'home_visit' | 'in_person' | 'other' | null;
  first_contact_date: ColumnType<string | null, string | null | undefined, string | null>;
  first_appointment_date: ColumnType<string | null, string | null | undefined, string | null>;
  first_appointment_place: Generated<string>;
  place_chosen_by_client: Generated<boolean>;
  place_accessible: Generated<boolean>;
  adjustments_agreed: Generated<string>;
  planning_date: ColumnType<string | null, string | null | undefined, string | null>;
  planning_notes: Generated<string>;
  network_notes: Generated<string>;
  network_involvement_agreed: Generated<boolean>;
  decision: Generated<'pending' | 'start' | 'not_now'>;
  decision_date: ColumnType<string | null, string | null | undefined, string | null>;
  decision_notes: Generated<string>;
  dialogue_report: Generated<string>;
  client_agreed_name: string | null;
  client_agreed_at: Timestamp | null;
  coach_agreed_name: string | null;
  coach_agreed_at: Timestamp | null;
  updated_at: Timestamp;
  updated_by: string | null;
  version: Generated<number>;
}

export interface ContactNotesTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  date: ColumnType<string, string, string>;
  kind: 'phone' | 'email' | 'meeting' | 'home_visit' | 'message' | 'other';
  text: string;
  author_user_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface AppointmentsTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  place: string;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  ends_at: ColumnType<Date, Date | string, Date | string>;
  participants: ColumnType<string[], string[] | undefined, string[]>;
  notes: Generated<string>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ActionPlansTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  number: number;
  status: Generated<'draft' | 'agreed'>;
  plan_date: ColumnType<string, string, string>;
  follow_up_date: ColumnType<string | null, string | null | undefined, string | null>;
  provider_name: Generated<string>;
  items: Json<unknown[]>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  client_agreed_name: string | null;
  client_agreed_at: Timestamp | null;
  client_agreed_by: string | null;
  client_signature: string | null;
  coach_agreed_name: string | null;
  coach_agreed_at: Timestamp | null;
  coach_agreed_by: string | null;
  coach_signature: string | null;
}

export interface ActionPlanEvaluationsTable {
  plan_id: string;
  organisation_id: string;
  client_id: string;
  evaluated_on: ColumnType<string, string, string>;
  outcome: 'continue' | 'adjust' | 'achieved' | 'stopped';
  next_step: Generated<string>;
  participants: Generated<string>;
  items: Json<unknown[]>;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface DB extends EmployerTables, VacancyTables, CapacityTables, MatchingTables, PlacementTables {
  organisations: OrganisationsTable;
  branches: BranchesTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  auth_throttle: AuthThrottleTable;
  auth_tokens: AuthTokensTable;
  outbox_emails: OutboxEmailsTable;
  audit_log: AuditLogTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  clients: ClientsTable;
  client_assignments: ClientAssignmentsTable;
  support_contacts: SupportContactsTable;
  trajectories: TrajectoriesTable;
  trajectory_events: TrajectoryEventsTable;
  consents: ConsentsTable;
  client_engagements: ClientEngagementsTable;
  contact_notes: ContactNotesTable;
  appointments: AppointmentsTable;
  esco_isco_groups: EscoIscoGroupsTable;
  esco_occupations: EscoOccupationsTable;
  esco_labels: EscoLabelsTable;
  esco_imports: EscoImportsTable;
  vocational_profiles: VocationalProfilesTable;
  vocational_profile_versions: VocationalProfileVersionsTable;
  vocational_profile_health_versions: VocationalProfilePartVersionsTable;
  vocational_profile_benefit_versions: VocationalProfilePartVersionsTable;
  action_plans: ActionPlansTable;
  action_plan_evaluations: ActionPlanEvaluationsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type Branch = Selectable<BranchesTable>;
