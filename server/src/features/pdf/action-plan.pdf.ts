import type { ActionPlan, Agreement } from '../../../../common/schemas/action-plan.ts';
import type { Locale } from '../../../../common/roles.ts';
import { FormWriter } from './form-writer.ts';
import { ACTION_PLAN_LABELS, formatDate, formatDateTime } from './labels.ts';

export interface ActionPlanPdfInput {
  plan: ActionPlan;
  /** Null when the reader may not see the client's identity (no consent for it). */
  clientName: string | null;
  organisationName: string;
  /** The drawn signatures as PNG bytes, where given. */
  signatures: { client: Buffer | null; coach: Buffer | null };
}

/** PNG bytes of a stored signature data URL (validated when it was given). */
export function signatureBytes(dataUrl: string | null): Buffer | null {
  if (!dataUrl) return null;
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? null : Buffer.from(dataUrl.slice(comma + 1), 'base64');
}

/**
 * The actieplan's content onto `w`: client, SE-dienstverlener, date and follow-up date; the
 * what / how / who / when / results table; the agreement sentence with both signatures; and,
 * once recorded, the evaluation. `nested`: the plan is one of several in a longer document,
 * so its parts get subheadings under the caller's section.
 */
export function writeActionPlan(w: FormWriter, input: Omit<ActionPlanPdfInput, 'organisationName'>, locale: Locale, nested = false): void {
  const L = ACTION_PLAN_LABELS[locale];
  const { plan } = input;
  const heading = (text: string) => (nested ? w.subsection(text) : w.section(text));
  w.fields([
    [L.clientName, input.clientName ?? L.hidden],
    [L.provider, plan.providerName],
    [L.date, formatDate(plan.planDate, locale)],
    [L.followUp, formatDate(plan.followUpDate, locale)],
  ]);

  heading(L.items);
  // The seed's five columns; an item's status heads its results cell.
  const columns = [
    { label: L.what, width: 0.19 },
    { label: L.how, width: 0.22 },
    { label: L.who, width: 0.21 },
    { label: L.when, width: 0.13 },
    { label: L.results, width: 0.25 },
  ];
  if (plan.items.length === 0) w.paragraph(L.noItems, 'italic');
  else {
    w.table(columns, plan.items.map((i) => [
      i.what,
      i.how,
      [L.responsible[i.who.role], i.who.name].filter(Boolean).join(': '),
      i.when,
      [`${L.status}: ${L.statuses[i.status]}`, i.results].filter(Boolean).join('\n'),
    ]));
  }

  const box = (label: string, a: Agreement | null, image: Buffer | null) => ({
    label,
    image: a ? image : null,
    name: a?.name ?? null,
    caption: a ? L.agreedAt(a.name, formatDateTime(a.at, locale)) : L.notAgreed,
  });
  w.signatureBoxes(L.agreement, [
    box(L.signClient, plan.agreements.client, input.signatures.client),
    box(L.signProvider, plan.agreements.coach, input.signatures.coach),
  ]);

  const e = plan.evaluation;
  if (!e) return;
  heading(L.evaluation);
  w.fields([
    [L.evaluatedOn, formatDate(e.evaluatedOn, locale)],
    [L.outcome, L.outcomes[e.outcome]],
    [L.participants, e.participants],
    [L.nextStep, e.nextStep],
  ]);
  const byId = new Map(plan.items.map((i) => [i.id, i]));
  const rows = e.items.flatMap((r) => {
    const item = byId.get(r.itemId);
    return item ? [[item.what, L.statuses[r.status], r.result]] : [];
  });
  if (rows.length > 0) w.table([{ label: L.what, width: 0.4 }, { label: L.status, width: 0.15 }, { label: L.result, width: 0.45 }], rows);
}

/** The actieplan as the seed lays it out (003 ~3757), one version to a document. */
export async function renderActionPlanPdf(input: ActionPlanPdfInput, locale: Locale): Promise<Buffer> {
  const L = ACTION_PLAN_LABELS[locale];
  const { plan } = input;
  const w = new FormWriter({ title: `${L.title} – ${L.version(plan.number)}`, lang: locale });
  w.kicker(`${input.organisationName} · ${L.annex}`);
  w.title(L.title, `${L.version(plan.number)}: ${plan.status === 'agreed' ? L.agreed : L.draft}`);
  writeActionPlan(w, input, locale);
  return w.finish((p, n) => `${input.organisationName} · ${L.title} · ${L.version(plan.number)} · ${L.page(p, n)}`);
}
