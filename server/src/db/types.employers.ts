// Tables of migration 0006_employers.sql (issue 4). Kept apart from types.ts so features can grow in parallel.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as the value, written as its JSON text. */
type Json<T> = ColumnType<T, string | undefined, string>;
/** A date column: read as 'YYYY-MM-DD' (see connection.ts). */
type DateColumn = string;

export interface EmployersTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  sector: Generated<string>;
  size_class: string | null;
  website: Generated<string>;
  linked_organisation_id: string | null;
  notes: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface EmployerSitesTable {
  id: Generated<string>;
  organisation_id: string;
  employer_id: string;
  name: string;
  address: Generated<string>;
  postcode: Generated<string>;
  city: Generated<string>;
  lat: number | null;
  lon: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface EmployerContactsTable {
  id: Generated<string>;
  organisation_id: string;
  employer_id: string;
  site_id: string | null;
  name: string;
  job_title: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  decides_on_hiring: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface EmployerApproachesTable {
  id: Generated<string>;
  organisation_id: string;
  employer_id: string;
  client_id: string | null;
  approached_on: DateColumn;
  information: Generated<string>;
  method: string;
  purpose: Generated<string>;
  meeting_date: DateColumn | null;
  meeting_contact_id: string | null;
  meeting_with: Generated<string>;
  meeting_notes: Generated<string>;
  objections: Json<{ objection: string; response: string }[]>;
  agreements: ColumnType<string[], string[] | undefined, string[]>;
  agreement_notes: Generated<string>;
  follow_up_date: DateColumn | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface EmployerTables {
  employers: EmployersTable;
  employer_sites: EmployerSitesTable;
  employer_contacts: EmployerContactsTable;
  employer_approaches: EmployerApproachesTable;
}
