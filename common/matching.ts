import { CONTRACT_KINDS, SHIFTS, WEEK_DAYS } from './schemas/vacancies.ts';

/**
 * The closed vocabularies of the matching score (docs/matching.md): what a vacancy needs and
 * what a client can do or wants, in words both sides pick from a list, so they can be compared
 * exactly. The UI translates every key. Keys are stored and sent in payloads: never rename
 * one, only add at the end (the engine packs each list into a bitmask in this order).
 */

/** Days of the week a vacancy needs or a client can work: the vacancy form's list. */
export const WORK_DAYS = WEEK_DAYS;
export type WorkDay = (typeof WORK_DAYS)[number];

/** Parts of the day (early, day, late, night) and weekend work: the vacancy form's list. */
export const WORK_SHIFTS = SHIFTS;
export type WorkShift = (typeof WORK_SHIFTS)[number];

/** Kinds of contract a vacancy offers and a client accepts: the vacancy form's list. */
export { CONTRACT_KINDS };
export type ContractKind = (typeof CONTRACT_KINDS)[number];

/**
 * Features of a work place that a client may exclude ("never in the cold") or prefer
 * ("outdoors"). At most 32 (one bitmask).
 */
export const ENVIRONMENT_TAGS = [
  'indoor',
  'outdoor',
  'noisy',
  'quiet',
  'cold',
  'heat',
  'wet',
  'dust',
  'fumes',
  'heights',
  'machines',
  'vehicles',
  'night_work',
  'weekend_work',
  'customer_contact',
  'teamwork',
  'working_alone',
  'crowds',
  'animals',
  'food',
  'standing_all_day',
  'heavy_lifting',
] as const;
export type EnvironmentTag = (typeof ENVIRONMENT_TAGS)[number];

/** What a client (with the coach) marks as able to close a shortfall on one item. */
export const GAP_CLOSERS = ['adaptation', 'training', 'coaching'] as const;
export type GapCloser = (typeof GAP_CLOSERS)[number];
