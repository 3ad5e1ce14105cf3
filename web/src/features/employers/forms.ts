import {
  APPROACH_AGREEMENTS, APPROACH_METHODS, EMPLOYER_SIZE_CLASSES, type Employer, type EmployerApproachInput, type EmployerContactInput, type EmployerInput,
  type EmployerSiteInput,
} from '../../../../common/schemas/employers.ts';
import type { EmployerApproach, EmployerContact, EmployerSite } from './api.ts';

/**
 * The employer pages' forms as the browser holds them (strings, '' for nothing) and the API
 * bodies they become, with the checks the server makes, so a form answers before sending.
 * Every issue carries the server's field path and a code that the page words (errors.<code>).
 */

export interface FieldIssue {
  path: string;
  message: ErrorCode;
}

export const ERROR_CODES = [
  'required', 'tooLong', 'date', 'url', 'email', 'number', 'range', 'both_or_neither', 'before_approach', 'consent_required', 'conflict', 'not_found', 'invalid',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The longest value of each text field, as the schemas allow. */
export const LIMITS = {
  name: 200, sector: 200, website: 500, notes: 10_000, address: 300, postcode: 20, city: 100, jobTitle: 200, phone: 50, email: 254,
  information: 10_000, purpose: 2_000, meetingWith: 500, meetingNotes: 10_000, objection: 2_000, response: 2_000, agreementNotes: 10_000,
  objections: 30,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a string is a real calendar day as PostgreSQL takes it (YYYY-MM-DD, no year 0000). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || m[1] === '0000') return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function tooLong(issues: FieldIssue[], path: string, value: string, max: number) {
  if (value.trim().length > max && !issues.some((i) => i.path === path)) issues.push({ path, message: 'tooLong' });
}

/**
 * The server's field errors (problem `errors`) as codes. Its own texts are English zod messages
 * and never shown: the few it words on purpose (consent_required, before_approach …) keep their
 * code, the rest become "invalid".
 */
export function issueCodes(errors: readonly { path: string; message: string }[]): FieldIssue[] {
  return errors.map((e) => ({
    path: e.path,
    message: (ERROR_CODES as readonly string[]).includes(e.message) ? (e.message as ErrorCode) : 'invalid',
  }));
}

// ── the employer record ──────────────────────────────────────────────────────────────────

export type SizeClass = (typeof EMPLOYER_SIZE_CLASSES)[number];

export interface EmployerDraft {
  name: string;
  sector: string;
  sizeClass: SizeClass | '';
  website: string;
  linkedOrganisationId: string;
  notes: string;
}

export function employerDraft(e?: Pick<Employer, 'name' | 'sector' | 'sizeClass' | 'website' | 'linkedOrganisation' | 'notes'>): EmployerDraft {
  return {
    name: e?.name ?? '',
    sector: e?.sector ?? '',
    sizeClass: e?.sizeClass ?? '',
    website: e?.website ?? '',
    linkedOrganisationId: e?.linkedOrganisation?.id ?? '',
    notes: e?.notes ?? '',
  };
}

export function employerInput(d: EmployerDraft): EmployerInput {
  return {
    name: d.name.trim(),
    sector: d.sector.trim(),
    sizeClass: d.sizeClass === '' ? null : d.sizeClass,
    website: d.website.trim(),
    linkedOrganisationId: d.linkedOrganisationId === '' ? null : d.linkedOrganisationId,
    notes: d.notes.trim(),
  };
}

export function employerIssues(d: EmployerDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!d.name.trim()) issues.push({ path: 'name', message: 'required' });
  if (d.website.trim() && !isWebAddress(d.website.trim())) issues.push({ path: 'website', message: 'url' });
  for (const f of ['name', 'sector', 'website', 'notes'] as const) tooLong(issues, f, d[f], LIMITS[f]);
  return issues;
}

// ── sites ────────────────────────────────────────────────────────────────────────────────

export interface SiteDraft {
  name: string;
  address: string;
  postcode: string;
  city: string;
  lat: string;
  lon: string;
}

export function siteDraft(s?: EmployerSite): SiteDraft {
  return {
    name: s?.name ?? '', address: s?.address ?? '', postcode: s?.postcode ?? '', city: s?.city ?? '',
    lat: s?.lat == null ? '' : String(s.lat), lon: s?.lon == null ? '' : String(s.lon),
  };
}

/** A decimal number as typed, with a point or a comma; null when empty or not a number. */
export function parseDecimal(value: string): number | null {
  const v = value.trim().replace(',', '.');
  if (v === '' || !/^-?\d+(\.\d+)?$/.test(v)) return null;
  return Number(v);
}

export function siteInput(d: SiteDraft): EmployerSiteInput {
  return {
    name: d.name.trim(), address: d.address.trim(), postcode: d.postcode.trim(), city: d.city.trim(),
    lat: parseDecimal(d.lat), lon: parseDecimal(d.lon),
  };
}

export function siteIssues(d: SiteDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!d.name.trim()) issues.push({ path: 'name', message: 'required' });
  for (const [f, max] of [['lat', 90], ['lon', 180]] as const) {
    if (d[f].trim() === '') continue;
    const n = parseDecimal(d[f]);
    if (n === null) issues.push({ path: f, message: 'number' });
    else if (Math.abs(n) > max) issues.push({ path: f, message: 'range' });
  }
  const latEmpty = d.lat.trim() === '';
  if (latEmpty !== (d.lon.trim() === '')) issues.push({ path: latEmpty ? 'lat' : 'lon', message: 'both_or_neither' });
  for (const f of ['name', 'address', 'postcode', 'city'] as const) tooLong(issues, f, d[f], LIMITS[f]);
  return issues;
}

// ── contacts ─────────────────────────────────────────────────────────────────────────────

export interface ContactDraft {
  name: string;
  jobTitle: string;
  phone: string;
  email: string;
  decidesOnHiring: boolean;
  siteId: string;
}

export function contactDraft(c?: EmployerContact): ContactDraft {
  return {
    name: c?.name ?? '', jobTitle: c?.jobTitle ?? '', phone: c?.phone ?? '', email: c?.email ?? '',
    decidesOnHiring: c?.decidesOnHiring ?? false, siteId: c?.siteId ?? '',
  };
}

export function contactInput(d: ContactDraft): EmployerContactInput {
  return {
    name: d.name.trim(), jobTitle: d.jobTitle.trim(), phone: d.phone.trim(), email: d.email.trim(),
    decidesOnHiring: d.decidesOnHiring, siteId: d.siteId === '' ? null : d.siteId,
  };
}

export function contactIssues(d: ContactDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!d.name.trim()) issues.push({ path: 'name', message: 'required' });
  if (d.email.trim() && !EMAIL.test(d.email.trim())) issues.push({ path: 'email', message: 'email' });
  for (const f of ['name', 'jobTitle', 'phone', 'email'] as const) tooLong(issues, f, d[f], LIMITS[f]);
  return issues;
}

// ── the approach log, in the seed's 5 elements ───────────────────────────────────────────

export type ApproachMethod = (typeof APPROACH_METHODS)[number];
export type ApproachAgreement = (typeof APPROACH_AGREEMENTS)[number];

export interface ObjectionDraft {
  key: string;
  objection: string;
  response: string;
}

export interface ApproachDraft {
  approachedOn: string;
  clientId: string;
  information: string;
  method: ApproachMethod | '';
  purpose: string;
  meetingDate: string;
  meetingContactId: string;
  meetingWith: string;
  meetingNotes: string;
  objections: ObjectionDraft[];
  agreements: ApproachAgreement[];
  agreementNotes: string;
  followUpDate: string;
}

let counter = 0;
/** A key for a row that is new in this form (stays with the row while others are removed). */
export const newKey = () => `new-${++counter}`;

export const emptyObjection = (): ObjectionDraft => ({ key: newKey(), objection: '', response: '' });

/** A new approach (dated `today`) or a logged one to change. */
export function approachDraft(today: string, a?: EmployerApproach): ApproachDraft {
  return {
    approachedOn: a?.approachedOn ?? today,
    clientId: a?.clientId ?? '',
    information: a?.information ?? '',
    method: a?.method ?? '',
    purpose: a?.purpose ?? '',
    meetingDate: a?.meetingDate ?? '',
    meetingContactId: a?.meetingContactId ?? '',
    meetingWith: a?.meetingWith ?? '',
    meetingNotes: a?.meetingNotes ?? '',
    objections: (a?.objections ?? []).map((o) => ({ key: newKey(), ...o })),
    agreements: [...(a?.agreements ?? [])],
    agreementNotes: a?.agreementNotes ?? '',
    followUpDate: a?.followUpDate ?? '',
  };
}

/** Rows left empty are not sent. */
const filledObjections = (d: ApproachDraft) => d.objections.filter((o) => o.objection.trim() || o.response.trim());

/** The body of POST/PUT …/approaches. Agreements keep the seed's order. Call only when approachIssues is empty. */
export function approachInput(d: ApproachDraft): EmployerApproachInput {
  return {
    approachedOn: d.approachedOn,
    clientId: d.clientId === '' ? null : d.clientId,
    information: d.information.trim(),
    method: d.method as ApproachMethod,
    purpose: d.purpose.trim(),
    meetingDate: d.meetingDate === '' ? null : d.meetingDate,
    meetingContactId: d.meetingContactId === '' ? null : d.meetingContactId,
    meetingWith: d.meetingWith.trim(),
    meetingNotes: d.meetingNotes.trim(),
    objections: filledObjections(d).map((o) => ({ objection: o.objection.trim(), response: o.response.trim() })),
    agreements: APPROACH_AGREEMENTS.filter((a) => d.agreements.includes(a)),
    agreementNotes: d.agreementNotes.trim(),
    followUpDate: d.followUpDate === '' ? null : d.followUpDate,
  };
}

/**
 * The server's path of an objection field counts only the rows that are sent; the form's rows
 * include empty ones. Maps a sent row number back to the form's row.
 */
export function objectionRow(d: ApproachDraft, sentIndex: number): number {
  const sent = d.objections.map((o, i) => (o.objection.trim() || o.response.trim() ? i : -1)).filter((i) => i >= 0);
  return sent[sentIndex] ?? sentIndex;
}

export function approachIssues(d: ApproachDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.approachedOn === '') issues.push({ path: 'approachedOn', message: 'required' });
  else if (!isCalendarDay(d.approachedOn)) issues.push({ path: 'approachedOn', message: 'date' });
  if (d.method === '') issues.push({ path: 'method', message: 'required' });
  if (d.meetingDate !== '' && !isCalendarDay(d.meetingDate)) issues.push({ path: 'meetingDate', message: 'date' });
  if (d.followUpDate !== '' && !isCalendarDay(d.followUpDate)) issues.push({ path: 'followUpDate', message: 'date' });
  else if (d.followUpDate !== '' && isCalendarDay(d.approachedOn) && d.followUpDate < d.approachedOn) {
    issues.push({ path: 'followUpDate', message: 'before_approach' });
  }
  d.objections.forEach((o, i) => {
    if (!o.objection.trim() && o.response.trim()) issues.push({ path: `objections.${i}.objection`, message: 'required' });
    tooLong(issues, `objections.${i}.objection`, o.objection, LIMITS.objection);
    tooLong(issues, `objections.${i}.response`, o.response, LIMITS.response);
  });
  for (const f of ['information', 'purpose', 'meetingWith', 'meetingNotes', 'agreementNotes'] as const) tooLong(issues, f, d[f], LIMITS[f]);
  return issues;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as a calendar day (YYYY-MM-DD) in the browser's time zone. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
