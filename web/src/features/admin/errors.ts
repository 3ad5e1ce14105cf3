import { ApiError, browserProblem } from '../../api/client.ts';

export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * A problem found in the browser before sending, in the same shape the server uses, so a form
 * shows its own checks and the server's answer the same way.
 */
export function clientValidation(issues: FieldIssue[]): ApiError | null {
  if (issues.length === 0) return null;
  return browserProblem(issues);
}

/** Codes the server (or our own checks) put in `errors[].message` that have a text in admin:errors. */
const KNOWN_CODES = new Set([
  'nameRequired', 'nameTooLong', 'emailRequired', 'emailInvalid', 'email_taken', 'rolesRequired', 'branch_required',
  'branch_not_allowed', 'role_not_for_organisation', 'client_only', 'duplicate_role', 'last_admin',
  'branchNameRequired', 'conflict', 'addressTooLong',
]);

type Translate = (key: string) => string;

/**
 * Turns an API (or client) error into one message per form field, in the interface language.
 * `route` maps an error path ("email", "roles.1.branchId") to a field of the form, or undefined
 * when the form has no such field; `fallback` gives a field's message for an unknown code
 * (zod's own English messages are never shown).
 */
export function fieldMessages(
  error: unknown,
  t: Translate,
  route: (path: string) => string | undefined,
  fallback: (field: string) => string = () => t('errors.invalid'),
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.problem.errors ?? []) {
    const field = route(issue.path);
    if (!field || out[field]) continue;
    out[field] = KNOWN_CODES.has(issue.message) ? t(`errors.${issue.message}`) : fallback(field);
  }
  return out;
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
