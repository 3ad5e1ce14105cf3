// Tables of migration 0008_capacity.sql (issue 4). Kept apart from types.ts so features can grow in parallel.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** numeric columns: pg answers strings (exact decimals); numbers go in. */
type Numeric = ColumnType<string | null, number | string | null | undefined, number | string | null>;
/** date columns, read as 'YYYY-MM-DD' strings (see db/connection.ts). */
type DateColumn = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string | undefined, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface CapacityProfileVersionsTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  number: number;
  assessed_on: DateColumn;
  scores: Json<Record<string, number>>;
  notes: Json<Record<string, string>>;
  gap_closers: Json<Record<string, string>>;
  other_notes: Generated<string>;
  starr: Json<unknown[]>;
  saved_by: string;
  saved_at: Timestamp;
}

export interface ClientAvailabilityTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  max_hours_per_week: Numeric;
  days: TextArray;
  shifts: TextArray;
  contracts: TextArray;
  excluded_environment: TextArray;
  preferred_environment: TextArray;
  note: Generated<string>;
  updated_by: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** Tables of db/migrations/0008_capacity.sql. */
export interface CapacityTables {
  capacity_profile_versions: CapacityProfileVersionsTable;
  client_availability: ClientAvailabilityTable;
}
