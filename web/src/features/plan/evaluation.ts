import { ACTION_PLAN_LIMITS, EVALUATION_OUTCOMES, type ActionItemStatus } from '../../../../common/schemas/action-plan.ts';
import { isCalendarDay } from './format.ts';
import type { FieldIssue } from './problems.ts';

export interface ItemEval { status: ActionItemStatus; result: string }

/** What the server would refuse in an evaluation recorded on `today`, with its paths. */
export function evaluationIssues(
  v: { evaluatedOn: string; outcome: string; nextStep: string; participants: string; items: ItemEval[] },
  planDate: string,
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isCalendarDay(v.evaluatedOn)) issues.push({ path: 'evaluatedOn', message: 'date' });
  else if (v.evaluatedOn < planDate) issues.push({ path: 'evaluatedOn', message: 'beforePlan' });
  else if (v.evaluatedOn > today) issues.push({ path: 'evaluatedOn', message: 'future' });
  if (!(EVALUATION_OUTCOMES as readonly string[]).includes(v.outcome)) issues.push({ path: 'outcome', message: 'required' });
  if (v.nextStep.trim().length > ACTION_PLAN_LIMITS.nextStep) issues.push({ path: 'nextStep', message: 'tooLong' });
  if (v.participants.trim().length > ACTION_PLAN_LIMITS.participants) issues.push({ path: 'participants', message: 'tooLong' });
  v.items.forEach((i, n) => {
    if (i.result.trim().length > ACTION_PLAN_LIMITS.results) issues.push({ path: `items.${n}.result`, message: 'tooLong' });
  });
  return issues;
}

