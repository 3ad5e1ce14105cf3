import type { CONTACT_NOTE_KINDS } from '../../../../common/schemas/clients.ts';
import { isCalendarDate } from './engagement.ts';

export type Kind = (typeof CONTACT_NOTE_KINDS)[number];
export interface NoteDraft { date: string; kind: Kind | ''; text: string }
export type NoteField = keyof NoteDraft;

/** Longest note ContactNoteInput (common/schemas/clients.ts) accepts. */
export const NOTE_MAX = 10000;

/** The problems with a note, as codes of contact:notes.errors by field. */
export function noteIssues(d: NoteDraft): { path: NoteField; message: string }[] {
  const issues: { path: NoteField; message: string }[] = [];
  if (!isCalendarDate(d.date)) issues.push({ path: 'date', message: 'date' });
  if (!d.kind) issues.push({ path: 'kind', message: 'kind' });
  if (!d.text.trim()) issues.push({ path: 'text', message: 'text' });
  else if (d.text.trim().length > NOTE_MAX) issues.push({ path: 'text', message: 'tooLong' });
  return issues;
}
