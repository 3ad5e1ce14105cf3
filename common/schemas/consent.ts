import { z } from 'zod';
import { CONSENT_METHODS, CONSENT_PURPOSES, DATA_CATEGORIES, healthIsSeparate } from '../consent.ts';
import { LOCALES, ORGANISATION_KINDS, ROLES } from '../roles.ts';

/** An ISO calendar date PostgreSQL accepts (it has no year 0000). */
const CalendarDate = z.iso.date().refine((d) => !d.startsWith('0000-'), { message: 'Invalid ISO date' });

/** The longest evidence note: where the signed form is kept, who witnessed a verbal consent. */
export const CONSENT_EVIDENCE_MAX = 2000;

/**
 * A consent as the coach records it, or as the client gives it in the portal (method
 * `portal`). Exactly one recipient: an organisation, one person of it, or an employer record
 * of the client's organisation that has no Passend accounts (such a consent gives nobody
 * access to the dossier; an approach of that employer for the client needs it). Health data is
 * never bundled with other categories (003:~349, "informatiedoorstroom vindt slechts plaats
 * na goedkeuring van het individu").
 */
export const ConsentGrant = z
  .strictObject({
    recipientOrganisationId: z.uuid().optional(),
    recipientUserId: z.uuid().optional(),
    recipientEmployerId: z.uuid().optional().describe("An employer record of the client's organisation without Passend accounts"),
    categories: z.array(z.enum(DATA_CATEGORIES)).min(1).describe('Each category once; health alone'),
    purpose: z.enum(CONSENT_PURPOSES),
    validFrom: CalendarDate.describe('First day the consent is in force; defaults to today').optional(),
    validUntil: CalendarDate.nullable().default(null).describe('Last day in force; null: until withdrawn'),
    method: z.enum(CONSENT_METHODS),
    evidence: z.string().trim().max(CONSENT_EVIDENCE_MAX).default(''),
  })
  .superRefine((v, ctx) => {
    if ([v.recipientOrganisationId, v.recipientUserId, v.recipientEmployerId].filter((r) => r !== undefined).length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['recipientOrganisationId'], message: 'Name exactly one recipient: an organisation, a person or an employer' });
    }
    // Runs even when a field has the wrong type (zod 4 continues after field issues): check shapes first.
    if (!Array.isArray(v.categories)) return;
    if (new Set(v.categories).size !== v.categories.length) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: 'Each category once' });
    }
    if (!healthIsSeparate(v.categories)) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: 'Health data needs its own consent, without other categories' });
    }
    if (typeof v.validFrom === 'string' && typeof v.validUntil === 'string' && v.validUntil < v.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'Must not be before validFrom' });
    }
  })
  .meta({ id: 'ConsentGrant' });
export type ConsentGrant = z.input<typeof ConsentGrant>;

export const CONSENT_STATUSES = ['active', 'not_yet_valid', 'expired', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Who a consent names: an organisation, one person of it, or an employer record without Passend accounts. */
export const CONSENT_RECIPIENT_KINDS = ['organisation', 'person', 'employer'] as const;

const PersonRef = z.object({ id: z.uuid(), name: z.string() });

export const Consent = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    recipient: z.object({
      kind: z.enum(CONSENT_RECIPIENT_KINDS),
      organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(ORGANISATION_KINDS) }).nullable()
        .describe("The recipient organisation, or the person's; null for an employer record"),
      person: PersonRef.nullable(),
      employer: z.object({
        id: z.uuid(),
        name: z.string(),
        passendAccount: z.boolean().describe('Whether the employer has its own Passend organisation now; such a consent gives nobody access either way'),
      }).nullable().describe("An employer record of the client's organisation, for kind 'employer'"),
    }),
    categories: z.array(z.enum(DATA_CATEGORIES)),
    purpose: z.enum(CONSENT_PURPOSES),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    method: z.enum(CONSENT_METHODS),
    evidence: z.string(),
    recordedBy: PersonRef,
    recordedAt: z.string(),
    withdrawnAt: z.string().nullable(),
    withdrawnBy: PersonRef.nullable(),
    status: z.enum(CONSENT_STATUSES).describe('Decided by the database clock at the time of the answer'),
  })
  .meta({ id: 'Consent' });
export type Consent = z.infer<typeof Consent>;
export const ConsentList = z.object({ items: z.array(Consent) }).meta({ id: 'ConsentList' });

/** Recipients read a client's consents for the purpose they work for, like the dossier. */
export const ConsentListQuery = z.object({ purpose: z.enum(CONSENT_PURPOSES).optional() });

export const ConsentParams = z.object({ id: z.uuid(), consentId: z.uuid() });

export const ConsentRecipient = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    people: z.array(z.object({ id: z.uuid(), name: z.string(), roles: z.array(z.enum(ROLES)) })),
  })
  .meta({ id: 'ConsentRecipient' });
export const ConsentRecipientList = z
  .object({
    items: z.array(ConsentRecipient),
    employers: z.array(z.object({ id: z.uuid(), name: z.string() }))
      .describe('Employer records of your organisation without their own Passend organisation (those with one are under items)'),
  })
  .meta({ id: 'ConsentRecipientList' });

/** The largest page of the access log. */
export const ACCESS_LOG_PAGE_MAX = 200;

export const AccessLogQuery = z.object({
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Cursor: entries older than this id'),
  limit: z.coerce.number().int().min(1).max(ACCESS_LOG_PAGE_MAX).default(50),
});
export type AccessLogQuery = z.infer<typeof AccessLogQuery>;

/** One read of the client's data by someone outside their own coaches: who saw what, when. */
export const AccessLogEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    who: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    categories: z.array(z.string()),
    purpose: z.enum(CONSENT_PURPOSES).nullable(),
    relation: z.string().nullable().describe('How the reader stood to the client: team_lead or recipient'),
  })
  .meta({ id: 'AccessLogEntry' });
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;
export const AccessLogPage = z
  .object({ items: z.array(AccessLogEntry), nextBefore: z.number().int().nullable() })
  .meta({ id: 'AccessLogPage' });

/**
 * Everything Passend holds about one client (GDPR access and portability): the named parts,
 * and every other table about the client under `records`, row by row.
 */
export const ClientExport = z
  .object({
    format: z.literal('passend.client-export'),
    formatVersion: z.literal(1),
    exportedAt: z.string(),
    client: z.record(z.string(), z.unknown()),
    consents: z.array(Consent),
    accessLog: z.array(AccessLogEntry),
    records: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))).describe('Every other table about the client, by table name'),
  })
  .meta({ id: 'ClientExport' });
export type ClientExport = z.infer<typeof ClientExport>;

/** `?lang=` of the export as a PDF; without it, the language of the reader's account. */
export const ClientExportPdfQuery = z.object({
  lang: z.enum(LOCALES).optional().describe("Language of the document; default: the language of your account"),
});
