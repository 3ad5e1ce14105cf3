import { CONSENT_PURPOSES, DATA_CATEGORIES, type ConsentPurpose, type DataCategory } from '../../../../common/consent.ts';
import type { ActionPlan } from '../../../../common/schemas/action-plan.ts';
import type { ClientListItem } from '../../../../common/schemas/clients.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../../common/roles.ts';

/** The purpose a page reads for when the address names none (or an unknown one). */
export const DEFAULT_PURPOSE: ConsentPurpose = 'job_finding';

export function isPurpose(value: unknown): value is ConsentPurpose {
  return (CONSENT_PURPOSES as readonly unknown[]).includes(value);
}

/** The `?purpose=` of the address, or the default: a recipient always reads for one purpose. */
export function purposeFromParams(params: URLSearchParams): ConsentPurpose {
  const p = params.get('purpose');
  return isPurpose(p) ? p : DEFAULT_PURPOSE;
}

export function sharedListHref(purpose: ConsentPurpose): string {
  return `/shared?purpose=${purpose}`;
}

export function sharedClientHref(id: string, purpose: ConsentPurpose): string {
  return `/shared/${encodeURIComponent(id)}?purpose=${purpose}`;
}

/** One row of the list as shown: the name when identity is shared, else the number of a neutral label. */
export interface SharedEntry {
  id: string;
  /** "Karim El Amrani", or null when the client does not share their identity. */
  name: string | null;
  /** Among the unnamed clients of this list, 1, 2, …: "Kandidaat 1"; null for a named one. */
  number: number | null;
  phase: number | null;
}

/**
 * The list as the recipient sees it. Clients who do not share their name are numbered in the
 * order of the list, so that two of them can be told apart without saying who they are.
 */
export function sharedEntries(items: readonly ClientListItem[]): SharedEntry[] {
  let unnamed = 0;
  return items.map((item) => {
    const name = [item.givenName, item.familyName].filter(Boolean).join(' ');
    return {
      id: item.id,
      name: name || null,
      number: name ? null : ++unnamed,
      phase: typeof item.phase === 'number' ? item.phase : null,
    };
  });
}

/** What the number of an unnamed client is, from the state the list's link passed along. */
export function numberFromState(state: unknown): number | null {
  if (typeof state !== 'object' || state === null) return null;
  const n = (state as { number?: unknown }).number;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/** The sections of the shared-client page, in the order of the dossier. */
export const SHARED_SECTIONS = ['identity', 'profile', 'action_plan', 'notes'] as const;
export type SharedSection = (typeof SHARED_SECTIONS)[number];

/** The categories the vocational profile answer is made of: any of them shows the profile. */
const PROFILE_CATEGORIES: readonly DataCategory[] = ['vocational_profile', 'health', 'benefits'];

export function sharesProfile(categories: readonly DataCategory[]): boolean {
  return categories.some((c) => PROFILE_CATEGORIES.includes(c));
}

/** The sections to show for the shared categories: a category that is not shared has no section at all. */
export function sharedSections(categories: readonly DataCategory[]): SharedSection[] {
  return SHARED_SECTIONS.filter((s) => (s === 'profile' ? sharesProfile(categories) : categories.includes(s)));
}

/** The shared categories in the dossier's order, unknown codes left out. */
export function orderedCategories(categories: readonly string[]): DataCategory[] {
  return DATA_CATEGORIES.filter((c) => categories.includes(c));
}

/**
 * The version of the action plan a recipient is shown: the newest that client and coach both
 * agreed to; while none is agreed yet, the newest draft (its status says it is a draft).
 */
export function planToShow(plans: readonly ActionPlan[]): ActionPlan | undefined {
  const newestFirst = plans.toSorted((a, b) => b.number - a.number);
  return newestFirst.find((p) => p.status === 'agreed') ?? newestFirst[0];
}

/** The language of a PDF: the interface language when the server has forms in it, else the default. */
export function pdfLang(language: string): Locale {
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : DEFAULT_LOCALE;
}

export function profilePdfHref(id: string, purpose: ConsentPurpose, language: string): string {
  const query = new URLSearchParams({ purpose, lang: pdfLang(language) });
  return `/api/clients/${encodeURIComponent(id)}/vocational-profile.pdf?${query.toString()}`;
}

export function planPdfHref(id: string, planId: string, purpose: ConsentPurpose, language: string): string {
  const query = new URLSearchParams({ purpose, lang: pdfLang(language) });
  return `/api/clients/${encodeURIComponent(id)}/action-plans/${encodeURIComponent(planId)}.pdf?${query.toString()}`;
}

/** The address of a person's home as one line: "Stationsstraat 1, 9000 Gent"; '' when nothing is filled in. */
export function addressLine(parts: { address: string; postcode: string; city: string }): string {
  const place = [parts.postcode, parts.city].map((s) => s.trim()).filter(Boolean).join(' ');
  return [parts.address.trim(), place].filter(Boolean).join(', ');
}
