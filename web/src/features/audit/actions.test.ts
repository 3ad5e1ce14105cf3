import { describe, expect, it } from 'vitest';
import { KNOWN_ACTIONS } from './actions.ts';

/** The server's sources (tests aside), to find the audit actions it writes. */
const sources = import.meta.glob<string>(['../../../../server/src/**/*.ts', '!**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

/** Audit actions written with a literal code: `action: 'client.created'`, or handed to a helper that records one. */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const [file, text] of Object.entries(sources)) {
    for (const m of text.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) found.set(m[1]!, file);
    for (const m of text.matchAll(/transition\([^)]*?'([a-z_]+\.[a-z_]+)'/g)) found.set(m[1]!, file);
  }
  return found;
}

describe('the audit actions the page names', () => {
  it('include every action the server writes, so none is shown as a bare code', () => {
    const written = writtenActions();
    expect(written.size).toBeGreaterThan(20);
    const known = new Set<string>(KNOWN_ACTIONS);
    expect([...written].filter(([code]) => !known.has(code)).map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });
});
