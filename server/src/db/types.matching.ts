// Tables of migration 0009_matching.sql (issue 4). Kept apart from types.ts so features can grow in parallel.
import type { ColumnType } from 'kysely';
import type { MatchWeights } from '../../../common/matching.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
/** bigint: read as a number (db/connection.ts parses int8; a counter stays far below 2^53). */
type BigIntColumn = ColumnType<number, number | undefined, number>;

export interface MatchWeightsTable {
  organisation_id: string;
  /** The full MatchWeights, validated by the application. */
  weights: Json<MatchWeights>;
  version: ColumnType<number, number | undefined, number>;
  updated_by: string;
  updated_at: Timestamp;
}

export interface MatchingVersionsTable {
  organisation_id: string;
  version: BigIntColumn;
}

/** Tables of db/migrations/0009_matching.sql. */
export interface MatchingTables {
  match_weights: MatchWeightsTable;
  matching_versions: MatchingVersionsTable;
}
