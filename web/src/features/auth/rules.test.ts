import { describe, expect, it } from 'vitest';
import { looksLikeEmail, newPasswordIssue, safeNext } from './rules.ts';

describe('safeNext', () => {
  const origin = 'https://passend.example';

  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeNext('/account', origin)).toBe('/account');
    expect(safeNext('/admin/audit?action=auth.login#top', origin)).toBe('/admin/audit?action=auth.login#top');
  });

  it('goes home for anything that could lead to another site', () => {
    for (const raw of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/\t/evil.example', 'account', '']) {
      expect(safeNext(raw, origin)).toBe('/');
    }
    expect(safeNext(null, origin)).toBe('/');
  });

  it('does not send someone back to the sign-in page', () => {
    expect(safeNext('/sign-in?next=/account', origin)).toBe('/');
  });
});

describe('newPasswordIssue', () => {
  it('checks only the length; commonness is up to the server', () => {
    expect(newPasswordIssue('')).toBe('required');
    expect(newPasswordIssue('1234567')).toBe('tooShort');
    expect(newPasswordIssue('12345678')).toBeUndefined();
    expect(newPasswordIssue('x'.repeat(257))).toBe('tooLong');
  });
});

describe('looksLikeEmail', () => {
  it('catches obvious typos only', () => {
    expect(looksLikeEmail('jonas@coaching.passend.test')).toBe(true);
    expect(looksLikeEmail(' jonas@coaching.be ')).toBe(true);
    expect(looksLikeEmail('jonas@coaching')).toBe(false);
    expect(looksLikeEmail('jonas coaching.be')).toBe(false);
  });
});
