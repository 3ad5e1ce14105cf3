import { describe, expect, it } from 'vitest';
import { diffFields, flatten } from './diff.ts';

describe('flatten', () => {
  it('addresses every leaf by its path', () => {
    expect([...flatten({ a: 'x', b: [{ c: 1 }, { c: null }], d: { e: true }, f: [] })]).toEqual([
      ['a', 'x'], ['b.0.c', 1], ['b.1.c', null], ['d.e', true], ['f', []],
    ]);
  });
});

describe('diffFields', () => {
  it('finds nothing between equal documents', () => {
    expect(diffFields({ a: 'x', b: [{ c: 1 }] }, { a: 'x', b: [{ c: 1 }] })).toEqual([]);
  });

  it('tells a changed field with its old and new value', () => {
    expect(diffFields({ hobbies: 'lezen', education: [{ school: 'KTA' }] }, { hobbies: 'fietsen', education: [{ school: 'KTA' }] }, 'profile'))
      .toEqual([{ path: 'profile.hobbies', before: 'lezen', after: 'fietsen' }]);
  });

  it('tells the fields of an added and a removed row', () => {
    expect(diffFields({ rows: [] }, { rows: [{ kind: 'leefloon', amount: 1200 }] })).toEqual([
      { path: 'rows.0.amount', before: null, after: 1200 },
      { path: 'rows.0.kind', before: null, after: 'leefloon' },
    ]);
    expect(diffFields({ rows: [{ kind: 'a' }, { kind: 'b' }] }, { rows: [{ kind: 'a' }] })).toEqual([
      { path: 'rows.1.kind', before: 'b', after: null },
    ]);
  });

  it('orders rows numerically', () => {
    const before = { r: Array.from({ length: 11 }, () => 'x') };
    const after = { r: Array.from({ length: 11 }, () => 'y') };
    expect(diffFields(before, after).map((c) => c.path).slice(8)).toEqual(['r.8', 'r.9', 'r.10']);
  });

  it('compares from nothing (the first version)', () => {
    expect(diffFields(undefined, { description: 'epilepsie' }, 'health')).toEqual([{ path: 'health.description', before: null, after: 'epilepsie' }]);
  });
});
