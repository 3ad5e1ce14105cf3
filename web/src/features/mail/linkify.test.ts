import { describe, expect, it } from 'vitest';
import { linkify } from './linkify.ts';

describe('linkify', () => {
  const origin = 'http://127.0.0.1:3400';

  it('makes an app link relative to the current origin and keeps the sentence around it', () => {
    const text = 'Kies uw wachtwoord:\n\nhttp://localhost:3400/accept-invitation?token=abc_DEF-123.\n';
    expect(linkify(text, origin)).toEqual([
      { kind: 'text', text: 'Kies uw wachtwoord:\n\n' },
      { kind: 'link', text: 'http://localhost:3400/accept-invitation?token=abc_DEF-123', href: '/accept-invitation?token=abc_DEF-123', internal: true },
      { kind: 'text', text: '.\n' },
    ]);
  });

  it('treats any path on the same origin as internal', () => {
    expect(linkify('see http://127.0.0.1:3400/whatever#x', origin)[1]).toEqual({
      kind: 'link', text: 'http://127.0.0.1:3400/whatever#x', href: '/whatever#x', internal: true,
    });
  });

  it('leaves other sites as external links', () => {
    expect(linkify('(https://example.org/account)', origin)).toEqual([
      { kind: 'text', text: '(' },
      { kind: 'link', text: 'https://example.org/account', href: 'https://example.org/account', internal: false },
      { kind: 'text', text: ')' },
    ]);
  });

  it('returns plain text untouched', () => {
    expect(linkify('Dag An,\nniets te zien.', origin)).toEqual([{ kind: 'text', text: 'Dag An,\nniets te zien.' }]);
  });
});
