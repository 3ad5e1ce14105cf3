import { z } from 'zod';

/**
 * Employers as a coaching organisation keeps them (issue 4; EUSE 003 ~3881 "werkgevers
 * benaderen"): the record, its sites (vestigingen), its contacts and the approach log in the
 * seed's 5 elements. The approach log is the coaching organisation's own: an employer
 * organisation linked to the record reads the record, its sites and contacts, never the log.
 */

/** An ISO calendar date PostgreSQL accepts (it has no year 0000). */
const CalendarDate = z.iso.date().refine((d) => !d.startsWith('0000-'), { message: 'Invalid ISO date' });
const text = (max: number) => z.string().trim().max(max).default('');
const Email = z.union([z.literal(''), z.email().max(254)]).default('');

export const EMPLOYER_SIZE_CLASSES = ['1-9', '10-49', '50-249', '250+'] as const;
/** 2) the way of approaching: letter, email, phone, dropping by (cold call), an introduction, an employers' network meeting. */
export const APPROACH_METHODS = ['letter', 'email', 'phone', 'cold_call', 'introduction', 'employers_network'] as const;
/** 5) the agreement: what was agreed with the employer at the end of the meeting. */
export const APPROACH_AGREEMENTS = ['advice_future_vacancies', 'explore_other_jobs', 'keep_in_touch', 'next_step_match'] as const;

// ── the employer record ────────────────────────────────────────────────────────────────

export const EmployerInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    sector: text(200),
    sizeClass: z.enum(EMPLOYER_SIZE_CLASSES).nullable().default(null).describe('Number of employees'),
    website: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).default(''),
    linkedOrganisationId: z.uuid().nullable().default(null)
      .describe("The employer's own Passend organisation (kind employer), when it has accounts; its HR officers then read this record"),
    notes: text(10000).describe("The coaching organisation's own notes; not shown to the employer"),
  })
  .meta({ id: 'EmployerInput' });
export type EmployerInput = z.input<typeof EmployerInput>;

export const EmployerSite = z
  .object({
    id: z.uuid(), name: z.string(), address: z.string(), postcode: z.string(), city: z.string(),
    lat: z.number().nullable(), lon: z.number().nullable(), version: z.number().int(),
  })
  .meta({ id: 'EmployerSite' });

export const EmployerContact = z
  .object({
    id: z.uuid(), name: z.string(), jobTitle: z.string(), phone: z.string(), email: z.string(),
    decidesOnHiring: z.boolean(), siteId: z.uuid().nullable(), version: z.number().int(),
  })
  .meta({ id: 'EmployerContact' });

export const Employer = z
  .object({
    id: z.uuid(),
    name: z.string(),
    sector: z.string(),
    sizeClass: z.enum(EMPLOYER_SIZE_CLASSES).nullable(),
    website: z.string(),
    linkedOrganisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    /** How the caller relates to the record: the coaching organisation that keeps it, or the linked employer. */
    relation: z.enum(['keeper', 'linked']),
    notes: z.string().optional().describe('For the keeping organisation only'),
    nextFollowUp: z.string().nullable().optional().describe('Follow-up date of the latest approach; for the keeping organisation only'),
    sites: z.array(EmployerSite),
    contacts: z.array(EmployerContact),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Employer' });
export type Employer = z.infer<typeof Employer>;

export const EmployerSummary = z
  .object({
    id: z.uuid(), name: z.string(), sector: z.string(), sizeClass: z.enum(EMPLOYER_SIZE_CLASSES).nullable(),
    cities: z.array(z.string()), linked: z.boolean(), relation: z.enum(['keeper', 'linked']),
    lastApproachOn: z.string().nullable(), nextFollowUp: z.string().nullable(),
    followUpDue: z.boolean().describe('The follow-up date of the latest approach is today or past'),
    version: z.number().int(),
  })
  .meta({ id: 'EmployerSummary' });
export const EmployerList = z.object({ items: z.array(EmployerSummary) }).meta({ id: 'EmployerList' });

export const EmployerListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Part of the name, sector or a site city'),
  due: z.enum(['true', 'false']).optional().describe('true: only employers whose follow-up is today or past'),
});

// ── sites and contacts ─────────────────────────────────────────────────────────────────

export const EmployerSiteInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    address: text(300),
    postcode: text(20),
    city: text(100),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (typeof v.lat !== 'object' && typeof v.lat !== 'number') return;
    if (typeof v.lon !== 'object' && typeof v.lon !== 'number') return;
    if ((v.lat === null) !== (v.lon === null)) ctx.addIssue({ code: 'custom', path: [v.lat === null ? 'lat' : 'lon'], message: 'both_or_neither' });
  })
  .meta({ id: 'EmployerSiteInput' });
export type EmployerSiteInput = z.input<typeof EmployerSiteInput>;
export const EmployerSiteList = z.object({ items: z.array(EmployerSite) }).meta({ id: 'EmployerSiteList' });
export const EmployerSiteParams = z.object({ id: z.uuid(), siteId: z.uuid() });

export const EmployerContactInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    jobTitle: text(200),
    phone: text(50),
    email: Email,
    decidesOnHiring: z.boolean().default(false).describe('Decides on hiring (a key decision maker in recruitment)'),
    siteId: z.uuid().nullable().default(null).describe('A site of the same employer'),
  })
  .meta({ id: 'EmployerContactInput' });
export type EmployerContactInput = z.input<typeof EmployerContactInput>;
export const EmployerContactList = z.object({ items: z.array(EmployerContact) }).meta({ id: 'EmployerContactList' });
export const EmployerContactParams = z.object({ id: z.uuid(), contactId: z.uuid() });

// ── the approach log (the coaching organisation's own) ─────────────────────────────────

const Objection = z.strictObject({
  objection: z.string().trim().min(1).max(2000),
  response: text(2000).describe('How it was met'),
});

export const EmployerApproachInput = z
  .strictObject({
    approachedOn: CalendarDate,
    clientId: z.uuid().nullable().default(null).describe('The client this approach was made for, if any'),
    information: text(10000).describe('1) Information gathered: size and structure, who decides on hiring, kinds of jobs'),
    method: z.enum(APPROACH_METHODS).describe('2) The way of approaching'),
    purpose: text(2000).describe('2) The goal of the first contact'),
    meetingDate: CalendarDate.nullable().default(null).describe('3) The meeting'),
    meetingContactId: z.uuid().nullable().default(null).describe('3) Who was met: a contact of this employer'),
    meetingWith: text(500).describe('3) Who was met, in words'),
    meetingNotes: text(10000),
    objections: z.array(Objection).max(30).default([]).describe('4) Objections and how they were met'),
    agreements: z.array(z.enum(APPROACH_AGREEMENTS))
      .refine((a) => new Set(a).size === a.length, { message: 'duplicate' }).default([]).describe('5) The agreement'),
    agreementNotes: text(10000),
    followUpDate: CalendarDate.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    // Runs even when a field is of the wrong type: compare only real dates.
    if (typeof v.followUpDate === 'string' && typeof v.approachedOn === 'string' && v.followUpDate < v.approachedOn) ctx.addIssue({ code: 'custom', path: ['followUpDate'], message: 'before_approach' });
  })
  .meta({ id: 'EmployerApproachInput' });
export type EmployerApproachInput = z.input<typeof EmployerApproachInput>;

export const EmployerApproach = z
  .object({
    id: z.uuid(),
    approachedOn: z.string(),
    clientId: z.uuid().nullable(),
    information: z.string(),
    method: z.enum(APPROACH_METHODS),
    purpose: z.string(),
    meetingDate: z.string().nullable(),
    meetingContactId: z.uuid().nullable(),
    meetingWith: z.string(),
    meetingNotes: z.string(),
    objections: z.array(z.object({ objection: z.string(), response: z.string() })),
    agreements: z.array(z.enum(APPROACH_AGREEMENTS)),
    agreementNotes: z.string(),
    followUpDate: z.string().nullable(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'EmployerApproach' });
export const EmployerApproachList = z.object({ items: z.array(EmployerApproach) }).meta({ id: 'EmployerApproachList' });
export const EmployerApproachParams = z.object({ id: z.uuid(), approachId: z.uuid() });
