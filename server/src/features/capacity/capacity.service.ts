import type { Availability, CapacityProfile, GapClosers, StarrExample } from '../../../../common/schemas/capacity.ts';
import type { CompetenceNotes, CompetenceScores } from '../../../../common/schemas/competences.ts';
import type { ClientGrant } from '../../access/clients.ts';
import { postcodeCentroid } from '../../../../common/geo/postcodes.ts';
import type { AvailabilityRow, CapacityVersionRow } from './capacity.queries.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/** One stored version as the API shows it; version 0 and empty while none was saved. */
export function toCapacityProfile(clientId: string, row: CapacityVersionRow | undefined): CapacityProfile {
  if (!row) {
    return { clientId, version: 0, assessedOn: null, scores: {}, notes: {}, gapClosers: {}, otherNotes: '', starr: [], updatedAt: null, updatedBy: null };
  }
  return {
    clientId,
    version: row.number,
    assessedOn: row.assessed_on,
    scores: row.scores as CompetenceScores,
    notes: row.notes as CompetenceNotes,
    gapClosers: row.gap_closers as GapClosers,
    otherNotes: row.other_notes,
    starr: row.starr as StarrExample[],
    updatedAt: iso(row.saved_at),
    updatedBy: { id: row.by_id, name: row.by_name },
  };
}

export interface HomeAndTravel {
  postcode: string;
  region: 'flanders' | 'netherlands';
  maxTravelKm: number | null;
}

/**
 * The availability as the API shows it. The postcode is identity data: a recipient whose
 * consent does not cover identity sees only whether the home is known, not where it is.
 */
export function toAvailability(grant: ClientGrant, row: AvailabilityRow | undefined, home: HomeAndTravel): Availability {
  const postcode = home.postcode.trim();
  const located = postcode !== '' && postcodeCentroid(postcode, home.region) !== null;
  const base = {
    clientId: grant.clientId,
    home: { postcode: grant.categories.has('identity') ? postcode : '', located },
    maxTravelKm: home.maxTravelKm,
  };
  if (!row) {
    return {
      ...base, version: 0, maxHoursPerWeek: null, days: [], shifts: [], contracts: [], excludedEnvironment: [], preferredEnvironment: [], note: '',
      updatedAt: null, updatedBy: null,
    };
  }
  return {
    ...base,
    version: row.version,
    maxHoursPerWeek: row.max_hours_per_week === null ? null : Number(row.max_hours_per_week),
    days: row.days as Availability['days'],
    shifts: row.shifts as Availability['shifts'],
    contracts: row.contracts as Availability['contracts'],
    excludedEnvironment: row.excluded_environment as Availability['excludedEnvironment'],
    preferredEnvironment: row.preferred_environment as Availability['preferredEnvironment'],
    note: row.note,
    updatedAt: iso(row.updated_at),
    updatedBy: { id: row.updated_by, name: row.by_name },
  };
}
