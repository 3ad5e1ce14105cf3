import { describe, expect, it } from 'vitest';
import { LOCALES, ROLES } from '../../../../common/roles.ts';
import type { Catalogue } from '../../i18n/core.ts';
import { KNOWN_ACTIONS, ACTION_CATEGORIES, KNOWN_ENTITIES } from '../audit/actions.ts';
import { messages as audit } from '../audit/messages.ts';
import { messages as mail } from '../mail/messages.ts';
import { messages as admin } from './messages.ts';

function keys(c: Catalogue, prefix = ''): string[] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}
function lookup(c: Catalogue, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalogue)[part] : undefined), c);
}

describe('admin, audit and mail catalogues', () => {
  for (const [name, catalogue] of Object.entries({ admin, audit, mail })) {
    it(`${name}: every language has the same keys, none empty`, () => {
      const reference = keys(catalogue['nl-BE']).toSorted();
      for (const locale of LOCALES) {
        expect(keys(catalogue[locale]).toSorted()).toEqual(reference);
        for (const k of reference) expect(String(lookup(catalogue[locale], k)).trim()).not.toBe('');
      }
    });
  }

  it('names every known audit action, category and entity in every language', () => {
    for (const locale of LOCALES) {
      for (const a of KNOWN_ACTIONS) expect(typeof lookup(audit[locale], `actions.${a}`), `${locale} ${a}`).toBe('string');
      for (const c of ACTION_CATEGORIES) expect(typeof lookup(audit[locale], `categories.${c}`)).toBe('string');
      for (const e of KNOWN_ENTITIES) expect(typeof lookup(audit[locale], `entities.${e}`)).toBe('string');
    }
  });

  it('describes every role in every language', () => {
    for (const locale of LOCALES) for (const r of ROLES) expect(typeof lookup(admin[locale], `roles.description.${r}`)).toBe('string');
  });
});
