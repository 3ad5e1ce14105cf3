import { COMPETENCE_ITEM_KEYS, SCALE, type CompetenceItem, type Score } from '../../../../common/competences.ts';
import {
  COMPETENCE_NOTE_MAX, COMPETENCE_OTHER_NOTES_MAX, type CompetenceNotes, type CompetenceProfileInput, type CompetenceScores,
} from '../../../../common/schemas/competences.ts';
import type { FieldIssue } from './forms.ts';

/**
 * The job's competence profile as the form holds it: per item a score ('' = not required /
 * not scored) and a note. An item without a score is absent from what is sent, never 0.
 */
export interface CompetenceDraft {
  scores: Record<CompetenceItem, Score | ''>;
  notes: Record<CompetenceItem, string>;
  otherNotes: string;
}

export function competenceDraft(p: { scores: CompetenceScores; notes: CompetenceNotes; otherNotes: string }): CompetenceDraft {
  const scores = {} as Record<CompetenceItem, Score | ''>;
  const notes = {} as Record<CompetenceItem, string>;
  for (const k of COMPETENCE_ITEM_KEYS) {
    scores[k] = p.scores[k] ?? '';
    notes[k] = p.notes[k] ?? '';
  }
  return { scores, notes, otherNotes: p.otherNotes };
}

/** The body of PUT …/competence-profile: only scored items and non-empty notes, trimmed. */
export function competenceInput(d: CompetenceDraft): CompetenceProfileInput {
  const scores: CompetenceScores = {};
  const notes: CompetenceNotes = {};
  for (const k of COMPETENCE_ITEM_KEYS) {
    const s = d.scores[k];
    if (s !== '') scores[k] = s;
    const n = d.notes[k].trim();
    if (n) notes[k] = n;
  }
  return { scores, notes, otherNotes: d.otherNotes.trim() };
}

/** A score from a radio's value: '' (not required) or 1–5. */
export function parseScore(value: string): Score | '' {
  const n = Number(value);
  return (SCALE as readonly number[]).includes(n) ? (n as Score) : '';
}

export function competenceIssues(d: CompetenceDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const k of COMPETENCE_ITEM_KEYS) if (d.notes[k].trim().length > COMPETENCE_NOTE_MAX) issues.push({ path: `notes.${k}`, message: 'tooLong' });
  if (d.otherNotes.trim().length > COMPETENCE_OTHER_NOTES_MAX) issues.push({ path: 'otherNotes', message: 'tooLong' });
  return issues;
}

/** How many items are scored. */
export const scoredCount = (d: CompetenceDraft) => COMPETENCE_ITEM_KEYS.filter((k) => d.scores[k] !== '').length;
