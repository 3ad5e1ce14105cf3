import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES } from '../../../common/i18n/problems.ts';
import type { Locale } from '../../../common/roles.ts';
import { HttpProblem, problemBody, problemResponse, requestLocale } from './errors.ts';

/** Just enough of a Hono context for the error helpers: the actor, one header, the path, a response. */
function fakeContext(acceptLanguage?: string, actorLocale?: Locale, path = '/api/things'): Context {
  return {
    get: (key: string) => (key === 'actor' && actorLocale ? { locale: actorLocale } : undefined),
    newResponse: (body: string, status: number, headers: Record<string, string>) => new Response(body, { status, headers }),
    req: {
      path,
      header: (name: string) => (name.toLowerCase() === 'accept-language' ? acceptLanguage : undefined),
    },
  } as unknown as Context;
}

describe('requestLocale', () => {
  it.each<[string | undefined, Locale]>([
    [undefined, 'nl-BE'],
    ['', 'nl-BE'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['en-US', 'en'],
    ['nl', 'nl-BE'],
    ['nl-BE', 'nl-BE'],
    ['nl-NL', 'nl-NL'],
    ['nl-nl;q=0.8', 'nl-NL'],
    ['fr-BE, fr;q=0.9, en;q=0.8', 'en'],
    ['fr-BE, fr;q=0.9, nl;q=0.8, en;q=0.7', 'nl-BE'],
    ['de', 'nl-BE'],
    ['*', 'nl-BE'],
    [';;;,,,q=1', 'nl-BE'],
    ['en;q=0.5, nl-NL', 'nl-NL'],
    ['nl-BE;q=0, en', 'en'],
  ])('Accept-Language %j → %s', (header, expected) => {
    expect(requestLocale(fakeContext(header))).toBe(expected);
  });

  it("prefers the signed-in person's own language over Accept-Language", () => {
    expect(requestLocale(fakeContext('nl-BE', 'en'))).toBe('en');
    expect(requestLocale(fakeContext(undefined, 'nl-NL'))).toBe('nl-NL');
  });
});

describe('problem details', () => {
  it('builds RFC 9457 details with the code, a message in the language, the path and field errors', () => {
    const errors = [{ path: 'name', message: 'conflict' }];
    const body = problemBody(fakeContext('en', undefined, '/api/branches'), 409, 'conflict', { errors, headers: { 'x-y': 'z' } });
    expect(body).toEqual({
      type: 'https://passend.app/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail: PROBLEM_MESSAGES.en.conflict,
      code: 'conflict',
      instance: '/api/branches',
      errors,
    });
  });

  it('answers with problem+json, the status and extra headers', async () => {
    const res = problemResponse(
      fakeContext(),
      new HttpProblem(429, 'too_many_requests', { headers: { 'retry-after': '60' } }),
    );
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('retry-after')).toBe('60');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code: 'too_many_requests', status: 429, type: 'https://passend.app/problems/too-many-requests' });
    expect(body.detail).toBe(PROBLEM_MESSAGES['nl-BE'].too_many_requests);
    expect(body).not.toHaveProperty('headers');
  });

  it('has a message for every code in every language', () => {
    const locales = Object.keys(PROBLEM_MESSAGES) as Locale[];
    const codes = Object.keys(PROBLEM_MESSAGES['nl-BE']);
    for (const l of locales) {
      expect(Object.keys(PROBLEM_MESSAGES[l]).toSorted()).toEqual(codes.toSorted());
      for (const c of codes) expect(PROBLEM_MESSAGES[l][c as keyof (typeof PROBLEM_MESSAGES)['en']].length).toBeGreaterThan(10);
    }
  });
});
