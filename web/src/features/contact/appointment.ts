import { APPOINTMENT_MAX_HOURS, type Appointment } from '../../../../common/schemas/clients.ts';
import { isCalendarDate } from './engagement.ts';
import { isoToLocal, localToIso } from './time.ts';

/** Limits of AppointmentInput (common/schemas/clients.ts). */
export const APPOINTMENT_LIMITS = { place: 500, participants: 20, participant: 200, notes: 4000 } as const;

/** What the appointment form holds: local date and times in Brussels, participants one per line. */
export interface AppointmentDraft {
  place: string;
  date: string;
  start: string;
  end: string;
  participants: string;
  notes: string;
}

export const EMPTY_APPOINTMENT: AppointmentDraft = { place: '', date: '', start: '', end: '', participants: '', notes: '' };

export type AppointmentField = keyof AppointmentDraft;

export interface AppointmentBody {
  place: string;
  startsAt: string;
  endsAt: string;
  participants: string[];
  notes: string;
}

export type Issue = { path: AppointmentField; message: string };

/** The participants typed one per line (or separated by semicolons), without empty lines. */
export function parseParticipants(text: string): string[] {
  return text.split(/[\n;]/).map((p) => p.trim()).filter(Boolean);
}

/** An appointment as the form shows it. An appointment ending on a later day keeps its end time only. */
export function draftOf(a: Appointment): AppointmentDraft {
  const start = isoToLocal(a.startsAt);
  const end = isoToLocal(a.endsAt);
  return { place: a.place, date: start.date, start: start.time, end: end.time, participants: a.participants.join('\n'), notes: a.notes };
}

/**
 * The request body, or the problems (as message codes of contact:appointments.errors) by field.
 * The end is on the same day as the start; it must come after it and within the longest
 * appointment the server accepts.
 */
export function appointmentBody(d: AppointmentDraft): { ok: true; body: AppointmentBody } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const place = d.place.trim();
  if (!place) issues.push({ path: 'place', message: 'place' });
  else if (place.length > APPOINTMENT_LIMITS.place) issues.push({ path: 'place', message: 'invalid' });
  const dateOk = isCalendarDate(d.date.trim()) && Number(d.date.slice(0, 4)) >= 1900;
  if (!dateOk) issues.push({ path: 'date', message: 'date' });
  const start = localToIso(d.date.trim(), d.start.trim());
  const end = localToIso(d.date.trim(), d.end.trim());
  if (dateOk && !start.ok) issues.push({ path: 'start', message: start.reason === 'nonexistent' ? 'nonexistent' : 'start' });
  if (dateOk && !end.ok) issues.push({ path: 'end', message: end.reason === 'nonexistent' ? 'nonexistent' : 'end' });
  if (!dateOk && !/^([01]\d|2[0-3]):[0-5]\d$/.test(d.start.trim())) issues.push({ path: 'start', message: 'start' });
  if (!dateOk && !/^([01]\d|2[0-3]):[0-5]\d$/.test(d.end.trim())) issues.push({ path: 'end', message: 'end' });
  if (start.ok && end.ok) {
    const ms = Date.parse(end.iso) - Date.parse(start.iso);
    if (ms <= 0) issues.push({ path: 'end', message: 'endBeforeStart' });
    else if (ms > APPOINTMENT_MAX_HOURS * 3_600_000) issues.push({ path: 'end', message: 'tooLong' });
  }
  const participants = parseParticipants(d.participants);
  if (participants.length > APPOINTMENT_LIMITS.participants || participants.some((p) => p.length > APPOINTMENT_LIMITS.participant)) {
    issues.push({ path: 'participants', message: 'participants' });
  }
  const notes = d.notes.trim();
  if (notes.length > APPOINTMENT_LIMITS.notes) issues.push({ path: 'notes', message: 'notes' });
  if (issues.length > 0 || !start.ok || !end.ok) return { ok: false, issues };
  return { ok: true, body: { place, startsAt: start.iso, endsAt: end.iso, participants, notes } };
}

/** A server error path ("startsAt", "participants.3") → the form field it is about. */
export function appointmentField(path: string): AppointmentField | undefined {
  const head = path.split('.')[0];
  if (head === 'startsAt') return 'start';
  if (head === 'endsAt') return 'end';
  if (head === 'place' || head === 'participants' || head === 'notes') return head;
  return undefined;
}
