import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../common/roles.ts';
import type { Catalogue } from './core.ts';
import { featureCatalogues } from './features.ts';

function keys(c: Catalogue, prefix = ''): string[] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}
function lookup(c: Catalogue, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalogue)[part] : undefined), c);
}

const strings = (c: Catalogue) => keys(c).toSorted().map((k) => lookup(c, k));

describe('feature catalogues', () => {
  it.each(Object.entries(featureCatalogues))('%s: every language has the same keys, none empty', (_name, catalogue) => {
    const reference = keys(catalogue['nl-BE']).toSorted();
    expect(reference.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      expect(keys(catalogue[locale]).toSorted()).toEqual(reference);
      for (const k of reference) expect(String(lookup(catalogue[locale], k)).trim(), `${locale} ${k}`).not.toBe('');
    }
  });

  it.each(Object.entries(featureCatalogues))('%s: the English catalogue is not the Dutch one', (_name, catalogue) => {
    const nl = strings(catalogue['nl-BE']);
    const en = strings(catalogue.en);
    const same = en.filter((s, i) => s === nl[i] && /[a-z]{4,}/i.test(String(s)) && !String(s).startsWith('{{'));
    // Names and codes can be the same in both; whole sentences cannot.
    expect(same.filter((s) => String(s).split(' ').length > 3)).toEqual([]);
  });
});
