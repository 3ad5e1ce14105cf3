import { ACTION_PLAN_LIMITS } from '../../../../common/schemas/action-plan.ts';
import { ApiError } from '../../api/client.ts';
import type { Translate } from './format.ts';

export interface FieldIssue {
  path: string;
  message: string;
}


const issuesOf = (error: unknown): FieldIssue[] => (error instanceof ApiError ? (error.problem.errors ?? []) : []);

/**
 * The agreement form's messages by field (name, statement, signature, plan) from our own
 * checks or the server's answer. The server's English texts are never shown: a known path
 * gets its own sentence.
 */
export function agreeMessages(error: unknown, tx: Translate): Partial<Record<'name' | 'statement' | 'signature' | 'plan', string>> {
  const out: Partial<Record<'name' | 'statement' | 'signature' | 'plan', string>> = {};
  for (const issue of issuesOf(error)) {
    if (issue.path === 'name') out.name ??= issue.message === 'nameTooLong' || /too.?big|<=|at most/i.test(issue.message)
      ? tx('agree.errors.nameTooLong', { max: ACTION_PLAN_LIMITS.agreedName })
      : tx('agree.errors.nameRequired');
    else if (issue.path === 'statement') out.statement ??= tx('agree.errors.statementRequired');
    else if (issue.path === 'signature') out.signature ??= tx('agree.errors.signatureInvalid');
    else if (issue.path === 'status') out.plan ??= tx('agree.errors.frozen');
    else if (issue.path === 'client' || issue.path === 'coach') out.plan ??= tx('agree.errors.agreedAlready');
    else if (issue.path === 'followUpDate') out.plan ??= tx('agree.errors.followUpDate');
    else if (issue.path === 'items') out.plan ??= tx('agree.errors.items');
  }
  return out;
}
