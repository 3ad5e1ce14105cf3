import { z } from 'zod';
import { CONSENT_PURPOSES } from '../consent.ts';
import { LOCALES } from '../roles.ts';

/** An ISO calendar date PostgreSQL accepts (it has no year 0000). */
const CalendarDate = z.iso.date().refine((d) => !d.startsWith('0000-'), { message: 'Invalid ISO date' });

/** How an item of the plan stands. */
export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** "Wie (verantwoordelijke)" of the actieplan (003 ~3300, the client chooses who helps). */
export const ACTION_ITEM_RESPONSIBLES = ['client', 'coach', 'family', 'professional'] as const;
export type ActionItemResponsible = (typeof ACTION_ITEM_RESPONSIBLES)[number];

/** The two parties that agree to a version: "Handtekening klant" and "Handtekening SE-dienstverlener". */
export const AGREEMENT_PARTIES = ['client', 'coach'] as const;
export type AgreementParty = (typeof AGREEMENT_PARTIES)[number];

/**
 * The outcome of the evaluation at the follow-up date (003 ~3507): the plan goes on, is
 * adjusted with other strategies (a new version), reached its goals, or stopped.
 */
export const EVALUATION_OUTCOMES = ['continue', 'adjust', 'achieved', 'stopped'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];

/**
 * Limits of the form's fields, chosen so that one item's row of the PDF's table always fits
 * on one page (action-plan.pdf.test.ts checks the longest row).
 */
export const ACTION_PLAN_LIMITS = {
  items: 40,
  what: 500,
  how: 1000,
  whoName: 200,
  when: 200,
  results: 1000,
  providerName: 200,
  nextStep: 2000,
  participants: 500,
  agreedName: 200,
} as const;

/** Largest drawn signature, decoded (bytes). The data URL itself is a third longer. */
export const SIGNATURE_MAX_BYTES = 200 * 1024;
/** Largest drawn signature in pixels, per side: bounds the memory needed to draw it. */
export const SIGNATURE_MAX_SIDE = 4000;
const SIGNATURE_PREFIX = 'data:image/png;base64,';
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Why a signature data URL is refused, or null when it passes the checks both sides can do. */
export function signatureIssue(dataUrl: string): string | null {
  if (!dataUrl.startsWith(SIGNATURE_PREFIX)) return 'Must be a data URL of type image/png (data:image/png;base64,…)';
  const b64 = dataUrl.slice(SIGNATURE_PREFIX.length);
  if (b64.length > Math.ceil(SIGNATURE_MAX_BYTES / 3) * 4) return `At most ${SIGNATURE_MAX_BYTES} bytes`;
  if (b64.length === 0 || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return 'Not valid base64';
  const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
  if (bytes.length > SIGNATURE_MAX_BYTES) return `At most ${SIGNATURE_MAX_BYTES} bytes`;
  if (bytes.length < 33 || PNG_MAGIC.some((b, i) => bytes[i] !== b)) return 'Not a PNG image';
  const view = new DataView(bytes.buffer);
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || ihdr !== 'IHDR') return 'Not a PNG image';
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width < 1 || height < 1 || width > SIGNATURE_MAX_SIDE || height > SIGNATURE_MAX_SIDE) return `At most ${SIGNATURE_MAX_SIDE} pixels a side`;
  return null;
}

export const SignatureDataUrl = z
  .string()
  .max(SIGNATURE_PREFIX.length + Math.ceil(SIGNATURE_MAX_BYTES / 3) * 4)
  .superRefine((v, ctx) => {
    const issue = signatureIssue(v);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  })
  .describe(`A drawn signature: data:image/png;base64,…, at most ${SIGNATURE_MAX_BYTES} bytes decoded`);

const text = (max: number) => z.string().trim().max(max);

export const ActionItemInput = z.strictObject({
  id: z.uuid().optional().describe('Keep the id of an existing item; a new item gets one'),
  what: text(ACTION_PLAN_LIMITS.what).min(1).describe('Wat'),
  how: text(ACTION_PLAN_LIMITS.how).default('').describe('Hoe'),
  who: z.strictObject({
    role: z.enum(ACTION_ITEM_RESPONSIBLES),
    name: text(ACTION_PLAN_LIMITS.whoName).default('').describe('Who exactly, e.g. the family member'),
  }).describe('Wie (verantwoordelijke)'),
  when: text(ACTION_PLAN_LIMITS.when).default('').describe('Wanneer'),
  results: text(ACTION_PLAN_LIMITS.results).default('').describe('Resultaten met commentaren'),
  status: z.enum(ACTION_ITEM_STATUSES).default('open'),
});
export type ActionItemInput = z.input<typeof ActionItemInput>;

export const ActionItem = z
  .object({
    id: z.uuid(),
    what: z.string(),
    how: z.string(),
    who: z.object({ role: z.enum(ACTION_ITEM_RESPONSIBLES), name: z.string() }),
    when: z.string(),
    results: z.string(),
    status: z.enum(ACTION_ITEM_STATUSES),
  })
  .meta({ id: 'ActionItem' });
export type ActionItem = z.infer<typeof ActionItem>;

/** The content of a draft, as the coach edits it (PUT replaces it whole). */
export const ActionPlanInput = z
  .strictObject({
    planDate: CalendarDate.describe('Datum'),
    followUpDate: CalendarDate.nullable().describe('Opvolgingsdatum'),
    providerName: text(ACTION_PLAN_LIMITS.providerName).describe('SE-dienstverlener'),
    items: z.array(ActionItemInput).max(ACTION_PLAN_LIMITS.items),
  })
  .superRefine((v, ctx) => {
    if (v.followUpDate !== null && v.followUpDate < v.planDate) {
      ctx.addIssue({ code: 'custom', path: ['followUpDate'], message: 'Must not be before planDate' });
    }
    const ids = v.items.map((i) => i.id).filter((id) => id !== undefined);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['items'], message: 'Each item id once' });
  })
  .meta({ id: 'ActionPlanInput' });
export type ActionPlanInput = z.input<typeof ActionPlanInput>;

export const NewActionPlan = z
  .strictObject({
    copyFromLatest: z.boolean().default(false).describe('Start from the items and dates of the newest version (with its evaluated results)'),
  })
  .meta({ id: 'NewActionPlan' });

export const AgreeToActionPlan = z
  .strictObject({
    name: text(ACTION_PLAN_LIMITS.agreedName).min(1).describe('The name of the person agreeing, as it appears on the plan'),
    signature: SignatureDataUrl.nullable().default(null),
  })
  .meta({ id: 'AgreeToActionPlan' });
export type AgreeToActionPlan = z.input<typeof AgreeToActionPlan>;

export const EvaluationItemInput = z.strictObject({
  itemId: z.uuid(),
  status: z.enum(ACTION_ITEM_STATUSES),
  result: text(ACTION_PLAN_LIMITS.results).default(''),
});

export const ActionPlanEvaluationInput = z
  .strictObject({
    evaluatedOn: CalendarDate.optional().describe('Day of the follow-up conversation; defaults to today'),
    outcome: z.enum(EVALUATION_OUTCOMES),
    nextStep: text(ACTION_PLAN_LIMITS.nextStep).default(''),
    participants: text(ACTION_PLAN_LIMITS.participants).default('').describe('Who took part besides client and coach'),
    items: z.array(EvaluationItemInput).max(ACTION_PLAN_LIMITS.items).default([]),
  })
  .superRefine((v, ctx) => {
    const ids = v.items.map((i) => i.itemId);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['items'], message: 'Each item once' });
  })
  .meta({ id: 'ActionPlanEvaluationInput' });
export type ActionPlanEvaluationInput = z.input<typeof ActionPlanEvaluationInput>;

export const Agreement = z
  .object({
    name: z.string(),
    at: z.string(),
    by: z.uuid().describe('The account that agreed'),
    signed: z.boolean().describe('Whether a drawn signature was given'),
  })
  .meta({ id: 'ActionPlanAgreement' });
export type Agreement = z.infer<typeof Agreement>;

export const ActionPlanEvaluation = z
  .object({
    evaluatedOn: z.string(),
    outcome: z.enum(EVALUATION_OUTCOMES),
    nextStep: z.string(),
    participants: z.string(),
    items: z.array(z.object({ itemId: z.uuid(), status: z.enum(ACTION_ITEM_STATUSES), result: z.string() })),
    recordedBy: z.object({ id: z.uuid(), name: z.string() }),
    recordedAt: z.string(),
  })
  .meta({ id: 'ActionPlanEvaluation' });
export type ActionPlanEvaluation = z.infer<typeof ActionPlanEvaluation>;

export const ActionPlan = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    number: z.number().int().describe('1 for the first version of the client\'s plan, and so on'),
    status: z.enum(['draft', 'agreed']).describe('agreed: both parties agreed; the version is frozen'),
    planDate: z.string(),
    followUpDate: z.string().nullable(),
    providerName: z.string(),
    items: z.array(ActionItem),
    agreements: z.object({ client: Agreement.nullable(), coach: Agreement.nullable() }),
    evaluation: ActionPlanEvaluation.nullable(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'ActionPlan' });
export type ActionPlan = z.infer<typeof ActionPlan>;

export const ActionPlanList = z.object({ items: z.array(ActionPlan).describe('Every version, newest first') }).meta({ id: 'ActionPlanList' });

/** Recipients read for the purpose they work for, as with the dossier. */
export const ActionPlanQuery = z.object({ purpose: z.enum(CONSENT_PURPOSES).optional() });
export const PdfQuery = z.object({
  purpose: z.enum(CONSENT_PURPOSES).optional(),
  lang: z.enum(LOCALES).default('nl-BE').describe('Language of the form'),
});

export const ActionPlanParams = z.object({ id: z.uuid(), planId: z.uuid() });
