import { z } from 'zod';

/** Machine-readable problem codes; each has a message in every catalogue of common/i18n. */
export const PROBLEM_CODES = [
  'bad_request',
  'malformed_json',
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'email_taken',
  'precondition_required',
  'stale_version',
  'payload_too_large',
  'unsupported_media_type',
  'too_many_requests',
  'invalid_credentials',
  'csrf',
  'weak_password',
  'token_invalid',
  'last_admin',
  'service_unavailable',
  'internal',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** RFC 9457 problem details, with Passend's `code` and per-field `errors`. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(PROBLEM_CODES),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('Field-level problems for validation errors'),
    current: z.unknown().optional().describe('The current state of the record, on 412'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
