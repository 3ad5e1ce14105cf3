import { z } from 'zod';
import { COMPETENCE_ITEM_KEYS, SCALE, type CompetenceItem } from '../competences.ts';

/**
 * Scores and notes of a competence profile (job) or capacity profile (client): the same items
 * on the same 1–5 scale (seed 002, ~1257–1422). Used by both the job analysis and the
 * client's capacity profile.
 */

/** A short remark next to one item, e.g. the adaptation that makes it work. */
export const COMPETENCE_NOTE_MAX = 500;
/** The form's free box "Andere / aandachtspunten". */
export const COMPETENCE_OTHER_NOTES_MAX = 4_000;

/** One point on the 5-point scale: 1 niet, 2 beperkt, 3 voldoende, 4 goed, 5 zeer goed. */
export const CompetenceScore = z.literal(SCALE).describe('1: niet, 2: beperkt, 3: voldoende, 4: goed, 5: zeer goed');

export function perItem<T extends z.ZodType>(value: T) {
  const shape = Object.fromEntries(COMPETENCE_ITEM_KEYS.map((k) => [k, value.optional()])) as {
    [K in CompetenceItem]: z.ZodOptional<T>;
  };
  return z.strictObject(shape);
}

/**
 * Item key → score. Partial: an item that was not scored is absent (not 0, not null).
 * Unknown keys are refused, so a typo never passes as "not scored".
 */
export const CompetenceScores = perItem(CompetenceScore).describe('Item key → score 1–5; unscored items absent');
export type CompetenceScores = z.infer<typeof CompetenceScores>;

/** Item key → a short note; items without a note absent (an empty string is accepted from forms). */
export const CompetenceNotes = perItem(z.string().trim().max(COMPETENCE_NOTE_MAX)).describe(
  'Item key → short note (at most 500 characters)',
);
export type CompetenceNotes = z.infer<typeof CompetenceNotes>;

/** A competence or capacity profile as the form sends it. */
export const CompetenceProfileInput = z.strictObject({
  scores: CompetenceScores.default({}),
  notes: CompetenceNotes.default({}),
  otherNotes: z.string().trim().max(COMPETENCE_OTHER_NOTES_MAX).default('').describe('"Andere / aandachtspunten"'),
});
export type CompetenceProfileInput = z.infer<typeof CompetenceProfileInput>;
