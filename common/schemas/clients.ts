import { z } from 'zod';
import { CONSENT_PURPOSES, DATA_CATEGORIES, PHASES, TRAJECTORY_OUTCOMES } from '../consent.ts';
import { LOCALES } from '../roles.ts';
import { NATIONAL_ID_KINDS, isValidNationalId, normaliseNationalId } from '../national-id.ts';

/** An ISO calendar date PostgreSQL accepts (it has no year 0000). */
const CalendarDate = z.iso.date().refine((d) => !d.startsWith('0000-'), { message: 'Invalid ISO date' });
const text = (max: number) => z.string().trim().max(max).default('');
/** An EUSE phase, 1–5. */
const Phase = z.number().int().min(PHASES[0]).max(PHASES.at(-1)!);

/** `?purpose=`: recipients read a client for one purpose; the client's own team needs none. */
export const PurposeQuery = z.object({ purpose: z.enum(CONSENT_PURPOSES).optional() });

export const ClientRelation = z.enum(['self', 'coach', 'team_lead', 'recipient']);

// ── identity and contact (category identity) ────────────────────────────────────────────

export const NationalId = z
  .strictObject({ kind: z.enum(NATIONAL_ID_KINDS), value: z.string().trim().max(20) })
  .superRefine((v, ctx) => {
    if (!isValidNationalId(v.kind, v.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'invalid_checksum' });
  })
  .transform((v) => ({ kind: v.kind, value: normaliseNationalId(v.value)! }))
  .meta({ id: 'NationalId', description: 'Belgian rijksregisternummer (be_rrn) or Dutch BSN (nl_bsn), each checked with its own checksum' });

const NextOfKin = z.strictObject({ relation: text(100), name: text(200), address: text(500), postcode: text(20), phone: text(50) });
const ProfessionalNetwork = z.strictObject({ name: text(200), address: text(500), phone: text(50) });

/** Identity and contact: the "persoonlijke gegevens" of the beroepsoriënteringsschema. */
export const ClientIdentityInput = z
  .strictObject({
    salutation: z.enum(['', 'mr', 'mrs', 'ms', 'mx']).default(''),
    givenName: z.string().trim().min(1).max(100),
    familyName: z.string().trim().min(1).max(100),
    birthDate: CalendarDate.nullable().default(null),
    nationalId: NationalId.nullable().default(null),
    address: text(500),
    postcode: text(20),
    city: text(100),
    phoneHome: text(50),
    phoneMobile: text(50),
    email: z.union([z.literal(''), z.email().max(254)]).default(''),
    nextOfKin: NextOfKin.default({ relation: '', name: '', address: '', postcode: '', phone: '' }),
    emergencyPhone: text(50),
    professionalNetwork: ProfessionalNetwork.default({ name: '', address: '', phone: '' }),
    religionCulture: text(2000).describe('Religious or cultural considerations the client wants respected'),
    referrer: text(200),
  })
  .meta({ id: 'ClientIdentityInput' });
export type ClientIdentityInput = z.input<typeof ClientIdentityInput>;

export const ClientIdentity = z
  .object({
    salutation: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string().nullable(),
    nationalId: z.object({ kind: z.enum(NATIONAL_ID_KINDS), value: z.string() }).nullable().optional()
      .describe('Shown to the client and their own coaching team only'),
    address: z.string(),
    postcode: z.string(),
    city: z.string(),
    phoneHome: z.string(),
    phoneMobile: z.string(),
    email: z.string(),
    nextOfKin: z.record(z.string(), z.string()),
    emergencyPhone: z.string(),
    professionalNetwork: z.record(z.string(), z.string()),
    religionCulture: z.string(),
    referrer: z.string(),
  })
  .meta({ id: 'ClientIdentity' });
export type ClientIdentity = z.infer<typeof ClientIdentity>;

export const Coach = z.object({ userId: z.uuid(), name: z.string(), kind: z.enum(['responsible', 'co_coach']) }).meta({ id: 'ClientCoach' });

// ── list and dossier ────────────────────────────────────────────────────────────────────

export const ClientListItem = z
  .object({
    id: z.uuid(),
    relation: ClientRelation,
    givenName: z.string().optional().describe('Absent when identity is not shared with you'),
    familyName: z.string().optional(),
    phase: z.number().int().nullable().optional().describe('Absent when the action plan is not shared with you'),
    status: z.enum(['open', 'closed']).nullable().optional(),
  })
  .meta({ id: 'ClientListItem' });
export type ClientListItem = z.infer<typeof ClientListItem>;
export const ClientList = z.object({ items: z.array(ClientListItem) }).meta({ id: 'ClientList' });
export type ClientList = z.infer<typeof ClientList>;

export const SupportContactInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    relation: text(100).describe('family, teacher, friend, other professional…'),
    organisation: text(200),
    phone: text(50),
    email: z.union([z.literal(''), z.email().max(254)]).default(''),
    contactAllowed: z.boolean().default(false).describe('Whether the client allows the coach to contact this person'),
  })
  .meta({ id: 'SupportContactInput' });
export type SupportContactInput = z.input<typeof SupportContactInput>;

export const SupportContact = z
  .object({
    id: z.uuid(), name: z.string(), relation: z.string(), organisation: z.string(), phone: z.string(), email: z.string(),
    contactAllowed: z.boolean(), version: z.number().int(),
  })
  .meta({ id: 'SupportContact' });
export const SupportContactList = z.object({ items: z.array(SupportContact) }).meta({ id: 'SupportContactList' });
export const SupportContactParams = z.object({ id: z.uuid(), contactId: z.uuid() });

// ── trajectory (category action_plan) ───────────────────────────────────────────────────

export const TrajectoryEvent = z
  .object({
    kind: z.enum(['opened', 'phase_changed', 'closed', 'reopened']),
    fromPhase: z.number().int().nullable(),
    toPhase: z.number().int().nullable(),
    reason: z.string(),
    at: z.string(),
    by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'TrajectoryEvent' });

export const TrajectorySummary = z
  .object({
    id: z.uuid(),
    phase: z.number().int(),
    status: z.enum(['open', 'closed']),
    outcome: z.enum(TRAJECTORY_OUTCOMES).nullable(),
    outcomeDetail: z.string(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'TrajectorySummary' });

export const Trajectory = TrajectorySummary.extend({
  events: z.array(TrajectoryEvent),
  earlier: z.array(TrajectorySummary).describe('Closed trajectories before this one, newest first'),
}).meta({ id: 'Trajectory' });
export type Trajectory = z.infer<typeof Trajectory>;

export const PhaseChange = z
  .strictObject({ phase: Phase, reason: z.string().trim().min(1).max(2000) })
  .meta({ id: 'PhaseChange' });

/**
 * Closing a trajectory. Referred elsewhere needs where to, stopped needs the reason; the
 * client can come back later (003 ~2861), which reopens a new trajectory.
 */
export const TrajectoryClose = z
  .strictObject({ outcome: z.enum(TRAJECTORY_OUTCOMES), detail: text(2000) })
  .superRefine((v, ctx) => {
    if ((v.outcome === 'referred' || v.outcome === 'stopped') && v.detail === '') {
      ctx.addIssue({ code: 'custom', path: ['detail'], message: v.outcome === 'referred' ? 'Say where the client was referred to' : 'Say why the trajectory stopped' });
    }
  })
  .meta({ id: 'TrajectoryClose' });

export const TrajectoryReopen = z
  .strictObject({ phase: Phase.default(1), reason: z.string().trim().min(1).max(2000) })
  .meta({ id: 'TrajectoryReopen' });

// ── phase 1: engagement (category action_plan) ──────────────────────────────────────────

/** How the first contact came about (003 ~2732: "via telefoon, mail of een huisbezoek"). */
export const FIRST_CONTACT_CHANNELS = ['phone', 'email', 'home_visit', 'in_person', 'other'] as const;
/** The client's informed decision whether SE is for them now (003 ~2617, ~2889). */
export const ENGAGEMENT_DECISIONS = ['pending', 'start', 'not_now'] as const;

export const EngagementInput = z
  .strictObject({
    firstContact: z.strictObject({ channel: z.enum(FIRST_CONTACT_CHANNELS).nullable().default(null), date: CalendarDate.nullable().default(null) })
      .default({ channel: null, date: null }),
    firstAppointment: z
      .strictObject({
        date: CalendarDate.nullable().default(null),
        place: text(500),
        placeChosenByClient: z.boolean().default(false),
        accessible: z.boolean().default(false),
        adjustmentsAgreed: text(4000).describe('Reasonable adjustments agreed (billijke aanpassingen)'),
      })
      .default({ date: null, place: '', placeChosenByClient: false, accessible: false, adjustmentsAgreed: '' }),
    planningConversation: z.strictObject({ date: CalendarDate.nullable().default(null), notes: text(10000) }).default({ date: null, notes: '' }),
    supportNetwork: z
      .strictObject({ notes: text(10000), involvementAgreed: z.boolean().default(false).describe('Client and coach agreed on involving the network') })
      .default({ notes: '', involvementAgreed: false }),
    decision: z
      .strictObject({ choice: z.enum(ENGAGEMENT_DECISIONS).default('pending'), date: CalendarDate.nullable().default(null), notes: text(4000) })
      .default({ choice: 'pending', date: null, notes: '' }),
    dialogueReport: text(20000).describe('Report of the initial dialogue, agreed to by client and coach'),
  })
  .meta({ id: 'EngagementInput' });
export type EngagementInput = z.input<typeof EngagementInput>;
export type EngagementContent = z.output<typeof EngagementInput>;

const Agreement = z.object({ name: z.string(), at: z.string() }).nullable();

export const Engagement = z
  .object({
    firstContact: z.object({ channel: z.enum(FIRST_CONTACT_CHANNELS).nullable(), date: z.string().nullable() }),
    firstAppointment: z.object({
      date: z.string().nullable(), place: z.string(), placeChosenByClient: z.boolean(), accessible: z.boolean(), adjustmentsAgreed: z.string(),
    }),
    planningConversation: z.object({ date: z.string().nullable(), notes: z.string() }),
    supportNetwork: z.object({ notes: z.string(), involvementAgreed: z.boolean() }),
    decision: z.object({ choice: z.enum(ENGAGEMENT_DECISIONS), date: z.string().nullable(), notes: z.string() }),
    dialogueReport: z.string(),
    agreements: z.object({ client: Agreement, coach: Agreement }),
    updatedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Engagement' });
export type Engagement = z.infer<typeof Engagement>;

// ── contact notes and appointments (category notes) ─────────────────────────────────────

export const CONTACT_NOTE_KINDS = ['phone', 'email', 'meeting', 'home_visit', 'message', 'other'] as const;

export const ContactNoteInput = z
  .strictObject({ date: CalendarDate, kind: z.enum(CONTACT_NOTE_KINDS), text: z.string().trim().min(1).max(10000) })
  .meta({ id: 'ContactNoteInput' });
export const ContactNote = z
  .object({
    id: z.uuid(), date: z.string(), kind: z.enum(CONTACT_NOTE_KINDS), text: z.string(),
    author: z.object({ id: z.uuid(), name: z.string() }), createdAt: z.string(), updatedAt: z.string(), version: z.number().int(),
  })
  .meta({ id: 'ContactNote' });
export const ContactNoteList = z.object({ items: z.array(ContactNote) }).meta({ id: 'ContactNoteList' });
export const ContactNoteParams = z.object({ id: z.uuid(), noteId: z.uuid() });

const OffsetDateTime = z.iso.datetime({ offset: true });

/** The longest appointment the calendar file accepts: a working day and then some. */
export const APPOINTMENT_MAX_HOURS = 12;

export const AppointmentInput = z
  .strictObject({
    place: z.string().trim().min(1).max(500),
    startsAt: OffsetDateTime.describe('With its offset or Z, e.g. 2025-03-04T10:00:00+01:00'),
    endsAt: OffsetDateTime,
    participants: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
    notes: text(4000),
  })
  .superRefine((v, ctx) => {
    // Compare the times only once both are well-formed; their own errors say what is wrong.
    if (!OffsetDateTime.safeParse(v.startsAt).success || !OffsetDateTime.safeParse(v.endsAt).success) return;
    const start = Date.parse(v.startsAt);
    const end = Date.parse(v.endsAt);
    if (!(end > start)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Must be after startsAt' });
    else if (end - start > APPOINTMENT_MAX_HOURS * 3_600_000) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `At most ${APPOINTMENT_MAX_HOURS} hours after startsAt` });
    const year = new Date(start).getUTCFullYear();
    if (!(year >= 1900 && year <= 9999)) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'Out of range' });
  })
  .meta({ id: 'AppointmentInput' });
export type AppointmentInput = z.input<typeof AppointmentInput>;
export const Appointment = z
  .object({
    id: z.uuid(), place: z.string(), startsAt: z.string(), endsAt: z.string(), participants: z.array(z.string()), notes: z.string(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }), updatedAt: z.string(), version: z.number().int(),
  })
  .meta({ id: 'Appointment' });
export type Appointment = z.infer<typeof Appointment>;
export const AppointmentList = z.object({ items: z.array(Appointment) }).meta({ id: 'AppointmentList' });
export const AppointmentParams = z.object({ id: z.uuid(), appointmentId: z.uuid() });
/** `{appointmentId}.ics`: the router names the whole last segment, so it is checked here. */
export const AppointmentFileParams = z.object({
  id: z.uuid(),
  file: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.ics$/i, 'Expected the appointment id followed by .ics')
    .transform((f) => f.slice(0, -'.ics'.length).toLowerCase())
    .describe('The appointment id followed by .ics'),
});

// ── assignments ─────────────────────────────────────────────────────────────────────────

/** Need to know: one responsible coach and optional co-coaches, all of the organisation. */
export const AssignmentsInput = z
  .strictObject({ responsible: z.uuid(), coCoaches: z.array(z.uuid()).max(10).default([]) })
  .superRefine((v, ctx) => {
    if (new Set(v.coCoaches).size !== v.coCoaches.length) ctx.addIssue({ code: 'custom', path: ['coCoaches'], message: 'Each coach once' });
    if (v.coCoaches.includes(v.responsible)) ctx.addIssue({ code: 'custom', path: ['coCoaches'], message: 'The responsible coach is not also a co-coach' });
  })
  .meta({ id: 'AssignmentsInput' });
export const Assignments = z.object({ coaches: z.array(Coach), version: z.number().int() }).meta({ id: 'ClientAssignments' });

// ── the client's own account (portal) ───────────────────────────────────────────────────

/** The client's account for the portal, as their coaching team sees it. */
export const PortalAccount = z
  .object({ email: z.string(), status: z.enum(['invited', 'active', 'deactivated']) })
  .meta({ id: 'PortalAccount' });
export type PortalAccount = z.infer<typeof PortalAccount>;

/** Invite the client to the portal: the address the link goes to and the language of the mail and the portal. */
export const PortalInvitationInput = z
  .strictObject({ email: z.string().trim().toLowerCase().pipe(z.email().max(254)), locale: z.enum(LOCALES) })
  .meta({ id: 'PortalInvitationInput' });
export type PortalInvitationInput = z.infer<typeof PortalInvitationInput>;

// ── the dossier ─────────────────────────────────────────────────────────────────────────

/**
 * The dossier holds only the categories the caller may see: a section of a category that is
 * not shared is absent, and `categories` lists what is, so the UI can show what is shared.
 */
export const ClientDossier = z
  .object({
    id: z.uuid(),
    relation: ClientRelation,
    purpose: z.enum(CONSENT_PURPOSES).nullable(),
    categories: z.array(z.enum(DATA_CATEGORIES)),
    version: z.number().int().optional().describe('Of the identity record; with identity'),
    identity: ClientIdentity.optional(),
    coaches: z.array(Coach).optional(),
    portalAccount: PortalAccount.nullable().optional().describe('The client\'s own account; shown to the client and their own coaching team, with identity'),
    supportContacts: z.array(SupportContact).optional(),
    trajectory: Trajectory.nullable().optional(),
    engagement: Engagement.optional(),
    notes: z.array(ContactNote).optional(),
    appointments: z.array(Appointment).optional(),
  })
  .meta({ id: 'ClientDossier' });
export type ClientDossier = z.infer<typeof ClientDossier>;

export const ClientCreated = z.object({ id: z.uuid(), version: z.number().int() }).meta({ id: 'ClientCreated' });
