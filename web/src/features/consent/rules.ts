import { healthIsSeparate, type ConsentMethod, type ConsentPurpose, type DataCategory } from '../../../../common/consent.ts';
import { CONSENT_EVIDENCE_MAX, type Consent, type ConsentGrant, type ConsentStatus } from '../../../../common/schemas/consent.ts';

/** Today as a calendar date ("2026-05-12") in the person's own time zone. */
const pad = (n: number) => String(n).padStart(2, '0');

export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Where a consent stands on `today` (a calendar date), by the same rule the server applies:
 * withdrawn wins; before its first day it is not yet valid; after its last day (inclusive
 * `validUntil`) it has expired; otherwise it is active.
 */
export function consentStatus(c: Pick<Consent, 'validFrom' | 'validUntil' | 'withdrawnAt'>, today: string): ConsentStatus {
  if (c.withdrawnAt) return 'withdrawn';
  if (c.validFrom.slice(0, 10) > today) return 'not_yet_valid';
  if (c.validUntil !== null && c.validUntil.slice(0, 10) < today) return 'expired';
  return 'active';
}

/** Ended consents (withdrawn, expired) no longer give anything and are listed apart. */
export const isEnded = (status: ConsentStatus) => status === 'withdrawn' || status === 'expired';

export interface WithStatus {
  consent: Consent;
  status: ConsentStatus;
}

/** The client's consents, each with its status today, split into current and ended. */
export function splitConsents(consents: readonly Consent[], today: string): { current: WithStatus[]; ended: WithStatus[] } {
  const all = consents.map((consent) => ({ consent, status: consentStatus(consent, today) }));
  return { current: all.filter((c) => !isEnded(c.status)), ended: all.filter((c) => isEnded(c.status)) };
}

export interface RecipientGroup<T> {
  key: string;
  organisation: Consent['recipient']['organisation'];
  person: Consent['recipient']['person'];
  employer: Consent['recipient']['employer'];
  items: T[];
}

/** The key of a consent's recipient: "organisation:<id>", "person:<id>" or "employer:<id>". */
export function recipientKey(r: Consent['recipient']): string {
  if (r.employer) return `employer:${r.employer.id}`;
  if (r.person) return `person:${r.person.id}`;
  return `organisation:${r.organisation?.id ?? ''}`;
}

/**
 * Consents by recipient: an organisation, one person of it (a person is a recipient of their
 * own), or an employer kept without an account. Sorted by name (of the organisation, or the
 * employer), the organisation itself before its people.
 */
export function groupByRecipient<T extends { consent: Consent }>(items: readonly T[]): RecipientGroup<T>[] {
  const groups = new Map<string, RecipientGroup<T>>();
  for (const item of items) {
    const r = item.consent.recipient;
    const key = recipientKey(r);
    const group = groups.get(key) ?? { key, organisation: r.organisation, person: r.person, employer: r.employer, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const name = (g: RecipientGroup<T>) => g.organisation?.name ?? g.employer?.name ?? '';
  const id = (g: RecipientGroup<T>) => g.organisation?.id ?? g.employer?.id ?? '';
  return [...groups.values()].toSorted(
    (a, b) => name(a).localeCompare(name(b)) || id(a).localeCompare(id(b))
      || Number(a.person !== null) - Number(b.person !== null) || (a.person?.name ?? '').localeCompare(b.person?.name ?? ''),
  );
}

/** What the consent forms hold while being filled in. `recipient` is "organisation:<id>", "person:<id>" or "employer:<id>". */
export interface ConsentDraft {
  recipient: string;
  categories: DataCategory[];
  purpose: ConsentPurpose | '';
  validFrom: string;
  validUntil: string;
  method: ConsentMethod | '';
  evidence: string;
}

export type DraftField = 'recipient' | 'categories' | 'purpose' | 'validFrom' | 'validUntil' | 'method' | 'evidence';

/** A problem with one field, as a code of consent:errors. */
export interface DraftIssue {
  field: DraftField;
  code: 'recipientRequired' | 'recipientUnknown' | 'categoriesRequired' | 'healthMixed' | 'purposeRequired' | 'dateInvalid' | 'untilBeforeFrom' | 'methodRequired' | 'evidenceTooLong' | 'invalid';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => ISO_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && !s.startsWith('0000-');

/** The checks the server makes (ConsentGrant), in the browser first, so nothing is sent that it would refuse. */
export function draftIssues(d: ConsentDraft): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (!parseRecipient(d.recipient)) issues.push({ field: 'recipient', code: 'recipientRequired' });
  if (d.categories.length === 0) issues.push({ field: 'categories', code: 'categoriesRequired' });
  else if (!healthIsSeparate(d.categories)) issues.push({ field: 'categories', code: 'healthMixed' });
  if (!d.purpose) issues.push({ field: 'purpose', code: 'purposeRequired' });
  if (d.validFrom && !isDate(d.validFrom)) issues.push({ field: 'validFrom', code: 'dateInvalid' });
  if (d.validUntil && !isDate(d.validUntil)) issues.push({ field: 'validUntil', code: 'dateInvalid' });
  else if (d.validUntil && d.validFrom && isDate(d.validFrom) && d.validUntil < d.validFrom) issues.push({ field: 'validUntil', code: 'untilBeforeFrom' });
  if (!d.method) issues.push({ field: 'method', code: 'methodRequired' });
  if (d.evidence.trim().length > CONSENT_EVIDENCE_MAX) issues.push({ field: 'evidence', code: 'evidenceTooLong' });
  return issues;
}

export function parseRecipient(value: string): { recipientOrganisationId: string } | { recipientUserId: string } | { recipientEmployerId: string } | null {
  const [kind, id] = value.split(':');
  if (!id) return null;
  if (kind === 'organisation') return { recipientOrganisationId: id };
  if (kind === 'person') return { recipientUserId: id };
  if (kind === 'employer') return { recipientEmployerId: id };
  return null;
}

/** The request body of a draft that passed draftIssues. */
export function toGrant(d: ConsentDraft): ConsentGrant {
  return {
    ...parseRecipient(d.recipient),
    categories: d.categories,
    purpose: d.purpose as ConsentPurpose,
    ...(d.validFrom ? { validFrom: d.validFrom } : {}),
    validUntil: d.validUntil || null,
    method: d.method as ConsentMethod,
    evidence: d.evidence.trim(),
  };
}

/**
 * The server's field errors (paths of ConsentGrant, zod's English messages) as form issues.
 * The codes come from the draft that was sent, so the person reads our own explanation.
 */
export function serverIssues(errors: readonly { path: string; message: string }[], sent: ConsentDraft): DraftIssue[] {
  const out: DraftIssue[] = [];
  for (const e of errors) {
    const head = e.path.split('.')[0] ?? '';
    const field: DraftField | undefined = head === 'recipientOrganisationId' || head === 'recipientUserId' || head === 'recipientEmployerId' ? 'recipient'
      : (['categories', 'purpose', 'validFrom', 'validUntil', 'method', 'evidence'] as const).find((f) => f === head);
    if (!field || out.some((i) => i.field === field)) continue;
    const fromDraft = draftIssues(sent).find((i) => i.field === field);
    if (fromDraft) out.push(fromDraft);
    else if (field === 'recipient') out.push({ field, code: 'recipientUnknown' });
    else if (field === 'categories' && sent.categories.includes('health')) out.push({ field, code: 'healthMixed' });
    else if (field === 'validUntil' && /before/i.test(e.message)) out.push({ field, code: 'untilBeforeFrom' });
    else out.push({ field, code: 'invalid' });
  }
  return out;
}

/** The name the JSON export is saved under: passend-2026-05-12.json. */
export function exportFileName(today: string): string {
  return `passend-${today}.json`;
}

/** The answers of the portal's plain form ("Iets nieuws delen"). */
export interface PortalAnswers {
  recipient: string;
  categories: DataCategory[];
  purpose: ConsentPurpose | '';
  until: 'open' | 'date' | '';
  untilDate: string;
}

export type PlainField = 'recipient' | 'categories' | 'purpose' | 'until';
export interface PlainIssue {
  field: PlainField;
  code: 'recipientRequired' | 'categoriesRequired' | 'healthMixed' | 'purposeRequired' | 'untilRequired' | 'dateInvalid' | 'untilPast' | 'invalid';
}

/** A consent the client gives is theirs: method 'portal', in force from today. */
export function portalDraft(a: PortalAnswers): ConsentDraft {
  return {
    recipient: a.recipient, categories: a.categories, purpose: a.purpose,
    validFrom: '', validUntil: a.until === 'date' ? a.untilDate : '', method: 'portal', evidence: '',
  };
}

const PLAIN_FIELD: Partial<Record<DraftField, PlainField>> = {
  recipient: 'recipient', categories: 'categories', purpose: 'purpose', validFrom: 'until', validUntil: 'until',
};

function toPlain(issues: readonly DraftIssue[]): PlainIssue[] {
  const out: PlainIssue[] = [];
  for (const i of issues) {
    const field = PLAIN_FIELD[i.field];
    if (!field || out.some((o) => o.field === field)) continue;
    const code: PlainIssue['code'] = i.code === 'untilBeforeFrom' ? 'untilPast'
      : i.code === 'recipientRequired' || i.code === 'categoriesRequired' || i.code === 'healthMixed' || i.code === 'purposeRequired' || i.code === 'dateInvalid' ? i.code
        : 'invalid';
    out.push({ field, code });
  }
  return out;
}

/** The portal form's checks: the consent rules, plus "how long" answered and no end in the past. */
export function portalIssues(a: PortalAnswers, today: string): PlainIssue[] {
  const out = toPlain(draftIssues(portalDraft(a)));
  if (out.some((o) => o.field === 'until')) return out;
  if (!a.until) out.push({ field: 'until', code: 'untilRequired' });
  else if (a.until === 'date' && !a.untilDate) out.push({ field: 'until', code: 'dateInvalid' });
  else if (a.until === 'date' && a.untilDate < today) out.push({ field: 'until', code: 'untilPast' });
  return out;
}

/** The server's field errors on a consent given in the portal, as the plain form's issues. */
export function portalServerIssues(errors: readonly { path: string; message: string }[], sent: ConsentDraft): PlainIssue[] {
  return toPlain(serverIssues(errors, sent));
}
