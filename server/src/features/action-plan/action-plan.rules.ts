import { randomUUID } from 'node:crypto';
import type {
  ActionItem, ActionItemInput, ActionPlan, ActionPlanEvaluation, ActionPlanEvaluationInput, Agreement, AgreementParty,
} from '../../../../common/schemas/action-plan.ts';
import type { ClientRelation } from '../../access/clients.ts';
import type { PlanRow } from './action-plan.queries.ts';

/** The party an actor agrees for: the client's own account, or their coaching team as SE-dienstverlener. */
export function agreementParty(relation: ClientRelation): AgreementParty | undefined {
  if (relation === 'self') return 'client';
  if (relation === 'coach' || relation === 'team_lead') return 'coach';
  return undefined;
}

/** Gives new items an id and fills the defaults; existing items keep theirs. */
export function withItemIds(items: readonly ActionItemInput[]): ActionItem[] {
  return items.map((i) => ({
    id: i.id ?? randomUUID(),
    what: i.what,
    how: i.how ?? '',
    who: { role: i.who.role, name: i.who.name ?? '' },
    when: i.when ?? '',
    results: i.results ?? '',
    status: i.status ?? 'open',
  }));
}

/**
 * The items a new version starts from: the newest version's, with the status and result that
 * its evaluation recorded, so the next plan goes on from where the last one stood.
 */
export function carriedItems(items: readonly ActionItem[], evaluation: Pick<ActionPlanEvaluation, 'items'> | null): ActionItem[] {
  const evaluated = new Map((evaluation?.items ?? []).map((e) => [e.itemId, e]));
  return items.map((item) => {
    const e = evaluated.get(item.id);
    if (!e) return { ...item };
    return { ...item, status: e.status, results: e.result || item.results };
  });
}

/** What still stops a version from being agreed to: a follow-up date and at least one item (003 ~3517). */
export function agreementIssues(plan: Pick<ActionPlan, 'followUpDate' | 'items'>): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (plan.followUpDate === null) issues.push({ path: 'followUpDate', message: 'required' });
  if (plan.items.length === 0) issues.push({ path: 'items', message: 'required' });
  return issues;
}

/** Field problems of an evaluation of `plan` recorded on `today`. */
export function evaluationIssues(
  plan: Pick<ActionPlan, 'planDate' | 'items'>,
  input: Pick<ActionPlanEvaluationInput, 'items'> & { evaluatedOn: string },
  today: string,
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (input.evaluatedOn < plan.planDate) issues.push({ path: 'evaluatedOn', message: 'Must not be before the plan date' });
  if (input.evaluatedOn > today) issues.push({ path: 'evaluatedOn', message: 'Must not be in the future' });
  const known = new Set(plan.items.map((i) => i.id));
  (input.items ?? []).forEach((e, n) => {
    if (!known.has(e.itemId)) issues.push({ path: `items.${n}.itemId`, message: 'Not an item of this plan' });
  });
  return issues;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function agreement(name: string | null, at: Date | null, by: string | null, signed: boolean): Agreement | null {
  if (name === null || at === null || by === null) return null;
  return { name, at: at.toISOString(), by, signed };
}

/** A stored version as the API shows it. */
export function toActionPlan(r: PlanRow): ActionPlan {
  const evaluation: ActionPlanEvaluation | null = r.outcome && r.evaluated_on && r.recorded_by && r.recorded_at
    ? {
        evaluatedOn: r.evaluated_on,
        outcome: r.outcome,
        nextStep: r.next_step ?? '',
        participants: r.participants ?? '',
        items: (r.evaluation_items ?? []) as ActionPlanEvaluation['items'],
        recordedBy: { id: r.recorded_by, name: r.recorded_by_name ?? '' },
        recordedAt: r.recorded_at.toISOString(),
      }
    : null;
  return {
    id: r.id,
    clientId: r.client_id,
    number: r.number,
    status: r.status,
    planDate: r.plan_date,
    followUpDate: r.follow_up_date,
    providerName: r.provider_name,
    items: r.items as ActionItem[],
    agreements: {
      client: agreement(r.client_agreed_name, r.client_agreed_at, r.client_agreed_by, r.client_signed),
      coach: agreement(r.coach_agreed_name, r.coach_agreed_at, r.coach_agreed_by, r.coach_signed),
    },
    evaluation,
    createdBy: { id: r.created_by, name: r.created_by_name },
    createdAt: r.created_at.toISOString(),
    updatedAt: iso(r.updated_at)!,
    version: r.version,
  };
}
