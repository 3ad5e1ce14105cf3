import type { Context } from 'hono';
import { PROBLEM_MESSAGES } from '../../../common/i18n/problems.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../common/roles.ts';
import type { Problem, ProblemCode } from '../../../common/schemas/problem.ts';

/** A failure with an HTTP status that the error handler turns into problem details. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly extra: Partial<Pick<Problem, 'errors' | 'current'>> & { headers?: Record<string, string> } = {},
  ) {
    super(code);
  }
}

export const notFound = () => new HttpProblem(404, 'not_found');
export const forbidden = () => new HttpProblem(403, 'forbidden');

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 412: 'Precondition Failed', 413: 'Content Too Large', 415: 'Unsupported Media Type',
  428: 'Precondition Required', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** The language of the person asking: their profile when signed in, else Accept-Language. */
export function requestLocale(c: Context): Locale {
  const actorLocale = (c.get('actor') as { locale?: Locale } | undefined)?.locale;
  if (actorLocale) return actorLocale;
  const header = c.req.header('accept-language') ?? '';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.split(';').map((x) => x.trim());
      const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? '1');
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((r) => r.tag && r.q > 0)
    .toSorted((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    if (tag === 'nl') return 'nl-BE';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

export function problemBody(c: Context, status: number, code: ProblemCode, extra: HttpProblem['extra'] = {}): Problem {
  const { headers: _headers, ...rest } = extra;
  return {
    type: `https://passend.app/problems/${code.replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: PROBLEM_MESSAGES[requestLocale(c)][code],
    code,
    instance: c.req.path,
    ...rest,
  };
}

/** The problem as a response; headers already set on the context (no-store, security) are kept. */
export function problemResponse(c: Context, p: HttpProblem): Response {
  return c.newResponse(JSON.stringify(problemBody(c, p.status, p.code, p.extra)), p.status as never, {
    'content-type': 'application/problem+json; charset=utf-8',
    ...p.extra.headers,
  });
}
