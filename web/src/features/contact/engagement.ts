import type { Engagement, EngagementContent } from '../../../../common/schemas/clients.ts';

/** The longest texts EngagementInput (common/schemas/clients.ts) accepts, by field path. */
export const ENGAGEMENT_TEXT_LIMITS = {
  'firstAppointment.place': 500,
  'firstAppointment.adjustmentsAgreed': 4000,
  'planningConversation.notes': 10000,
  'supportNetwork.notes': 10000,
  'decision.notes': 4000,
  dialogueReport: 20000,
} as const;

export const ENGAGEMENT_DATE_FIELDS = ['firstContact.date', 'firstAppointment.date', 'planningConversation.date', 'decision.date'] as const;

/** What was recorded, without agreements and version: what the form edits and both parties agree to. */
export function contentOf(e: Engagement): EngagementContent {
  return {
    firstContact: { channel: e.firstContact.channel, date: e.firstContact.date },
    firstAppointment: { ...e.firstAppointment },
    planningConversation: { ...e.planningConversation },
    supportNetwork: { ...e.supportNetwork },
    decision: { ...e.decision },
    dialogueReport: e.dialogueReport,
  };
}

/** The value at a dotted path ("decision.date") of the content. */
export function valueAt(c: EngagementContent, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), c);
}

/** The content as the server stores it: texts trimmed, empty dates null. */
const orNull = (d: string | null) => (d && d.trim() ? d.trim() : null);

export function normalise(c: EngagementContent): EngagementContent {
  return {
    firstContact: { channel: c.firstContact.channel, date: orNull(c.firstContact.date) },
    firstAppointment: { ...c.firstAppointment, date: orNull(c.firstAppointment.date), place: c.firstAppointment.place.trim(), adjustmentsAgreed: c.firstAppointment.adjustmentsAgreed.trim() },
    planningConversation: { date: orNull(c.planningConversation.date), notes: c.planningConversation.notes.trim() },
    supportNetwork: { notes: c.supportNetwork.notes.trim(), involvementAgreed: c.supportNetwork.involvementAgreed },
    decision: { choice: c.decision.choice, date: orNull(c.decision.date), notes: c.decision.notes.trim() },
    dialogueReport: c.dialogueReport.trim(),
  };
}

/** Whether saving `draft` would change what was saved (and so clear any agreement). */
export function isChanged(draft: EngagementContent, saved: Engagement): boolean {
  return JSON.stringify(normalise(draft)) !== JSON.stringify(normalise(contentOf(saved)));
}

export function anyoneAgreed(e: Engagement): boolean {
  return e.agreements.client !== null || e.agreements.coach !== null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date PostgreSQL and the server accept: a real day, not in year 0000. */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y > 0 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The problems the server would find, by field path, as codes: 'date' or 'tooLong'. */
export function engagementIssues(c: EngagementContent): { path: string; message: string }[] {
  const n = normalise(c);
  const issues: { path: string; message: string }[] = [];
  for (const path of ENGAGEMENT_DATE_FIELDS) {
    const v = valueAt(n, path);
    if (typeof v === 'string' && !isCalendarDate(v)) issues.push({ path, message: 'date' });
  }
  for (const [path, max] of Object.entries(ENGAGEMENT_TEXT_LIMITS)) {
    const v = valueAt(n, path);
    if (typeof v === 'string' && v.length > max) issues.push({ path, message: 'tooLong' });
  }
  return issues;
}

/** Which kind of message a field in error gets, whoever found the problem. */
export function issueKind(path: string): 'date' | 'tooLong' | 'invalid' {
  if ((ENGAGEMENT_DATE_FIELDS as readonly string[]).includes(path)) return 'date';
  if (path in ENGAGEMENT_TEXT_LIMITS) return 'tooLong';
  return 'invalid';
}
