// Tables of migration 0010_placements.sql (issue 4). Kept apart from types.ts so features can grow in parallel.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** numeric columns: pg answers strings (exact decimals); numbers go in. */
type Numeric = ColumnType<string | null, number | string | null | undefined, number | string | null>;
/** date columns, read as 'YYYY-MM-DD' strings (see db/connection.ts). */
type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export interface MatchChecklistsTable {
  id: Generated<string>;
  organisation_id: string;
  vacancy_id: string;
  client_id: string;
  answers: Json<Record<string, { answer: string; note: string }>>;
  duration_kind: string | null;
  decision: Generated<string>;
  decision_note: Generated<string>;
  score_at_save: Numeric;
  reasons_at_save: NullableJson<unknown[]>;
  version: Generated<number>;
  updated_by: string;
  updated_at: Timestamp;
}

export interface PlacementsTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  employer_id: string;
  site_id: string | null;
  vacancy_id: string | null;
  kind: string;
  title: string;
  start_date: DateColumn;
  end_date: NullableDate;
  hours_per_week: Numeric;
  extension_reason: Generated<string>;
  status: Generated<string>;
  agreement: Json<Record<string, string>>;
  securing: NullableJson<Record<string, unknown>>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PlacementEvaluationsTable {
  id: Generated<string>;
  organisation_id: string;
  placement_id: string;
  client_id: string;
  due_on: DateColumn;
  held_on: NullableDate;
  outcome: string | null;
  client_view: Generated<string>;
  employer_view: Generated<string>;
  coach_view: Generated<string>;
  next_steps: Generated<string>;
  participants: Generated<string>;
  automatic: Generated<boolean>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface PlacementTables {
  match_checklists: MatchChecklistsTable;
  placements: PlacementsTable;
  placement_evaluations: PlacementEvaluationsTable;
}
