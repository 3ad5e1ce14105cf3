import type { Problem, ProblemCode } from '../../../common/schemas/problem.ts';
import { currentLocale } from '../i18n/index.ts';

const CSRF_COOKIE = 'passend_csrf';

/** A failed API call, carrying the server's problem details. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail);
  }
  get code(): ProblemCode {
    return this.problem.code;
  }
  /** Field errors by path ("email", "roles.0.branchId"), for forms. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.path, e.message]));
  }
}

/**
 * A problem found in the browser before sending, shaped like the server's answer (400
 * `validation` with per-field `errors`), so a form shows its own checks and the server's alike.
 */
export function browserProblem(errors?: { path: string; message: string }[]): ApiError {
  return new ApiError(400, { type: 'about:blank', title: 'Bad Request', status: 400, code: 'validation', detail: '', ...(errors ? { errors } : {}) });
}

function readCookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

async function csrfToken(): Promise<string> {
  const existing = readCookie(CSRF_COOKIE);
  if (existing) return existing;
  const res = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  const body = (await res.json()) as { csrfToken: string };
  return body.csrfToken;
}

export interface RequestOptions {
  body?: unknown;
  /** The version the edit is based on, sent as If-Match. */
  version?: number;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

/** Calls the API: JSON in and out, CSRF header on writes, problem details turned into ApiError. */
export async function api<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLocale() };
  if (method !== 'GET') headers['x-csrf-token'] = await csrfToken();
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.version !== undefined) headers['if-match'] = `"${opts.version}"`;
  let url = path;
  if (opts.query) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(opts.query)) if (v !== undefined && v !== '') params.set(k, String(v));
    const qs = params.toString();
    if (qs) url += `?${qs}`;
  }
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, { type: 'about:blank', title: 'Network error', status: 0, code: 'service_unavailable', detail: '' });
  }
  if (res.status === 204 || res.status === 202) return undefined as T;
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const problem = (data ?? {}) as Problem;
    throw new ApiError(res.status, { ...problem, code: problem.code ?? 'internal', status: res.status });
  }
  return data as T;
}
