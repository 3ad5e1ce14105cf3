// Tables of migration 0007_vacancies.sql (issue 4). Kept apart from types.ts so features can grow in parallel.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** numeric columns: pg answers strings (exact decimals); numbers go in. */
type Numeric = ColumnType<string | null, number | string | null | undefined, number | string | null>;
/** date columns, read as 'YYYY-MM-DD' strings (see db/connection.ts). */
type DateColumn = ColumnType<string | null, string | null | undefined, string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface VacanciesTable {
  id: Generated<string>;
  organisation_id: string;
  employer_id: string;
  site_id: string | null;
  title: string;
  esco_uri: string | null;
  esco_code: string | null;
  esco_label: string | null;
  address: Generated<string>;
  postcode: Generated<string>;
  city: Generated<string>;
  hours_per_week: Numeric;
  schedule_days: ColumnType<string[], string[] | undefined, string[]>;
  shifts: ColumnType<string[], string[] | undefined, string[]>;
  /** Migration 0009_matching.sql: the work place's environment (common/matching.ts ENVIRONMENT_TAGS). */
  environment_tags: ColumnType<string[], string[] | undefined, string[]>;
  /** Migration 0009_matching.sql: where the work place is, set on save (site, else postcode centre); null: not located. */
  lat: number | null;
  lon: number | null;
  wage_amount: Numeric;
  wage_period: string | null;
  contract_kind: Generated<string>;
  start_date: DateColumn;
  description: Generated<string>;
  status: Generated<string>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface JobAnalysesTable {
  organisation_id: string;
  vacancy_id: string;
  tasks: Json<unknown[]>;
  key_characteristics: Json<Record<string, string>>;
  required_productivity: Generated<string>;
  quality_standards: Generated<string>;
  wage: Generated<string>;
  hours_per_day: Numeric;
  accessibility: Generated<string>;
  health_and_safety: Generated<string>;
  company_culture: Generated<string>;
  work_environment: Generated<string>;
  social_aspects: Generated<string>;
  support_on_the_job: Generated<string>;
  natural_support: Generated<string>;
  transport: Generated<string>;
  updated_by: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface VacancyCompetenceProfilesTable {
  organisation_id: string;
  vacancy_id: string;
  scores: Json<Record<string, number>>;
  notes: Json<Record<string, string>>;
  other_notes: Generated<string>;
  updated_by: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface VacancyTables {
  vacancies: VacanciesTable;
  job_analyses: JobAnalysesTable;
  vacancy_competence_profiles: VacancyCompetenceProfilesTable;
}
