import { describe, expect, it } from 'vitest';
import type { ClientListItem } from '../../../../common/schemas/clients.ts';
import { filterCaseload, filterFromParams, filterToParams, foldForSearch, listName } from './caseload.ts';

const item = (id: string, givenName: string | undefined, familyName: string | undefined, relation: ClientListItem['relation'], status: 'open' | 'closed' | null): ClientListItem =>
  ({ id, givenName, familyName, relation, phase: 1, status });

const items = [
  item('1', 'Karim', 'El Amrani', 'coach', 'open'),
  item('2', 'Céline', 'Dubois', 'team_lead', 'closed'),
  item('3', 'Lotte', 'Claes', 'team_lead', 'open'),
  item('4', undefined, undefined, 'coach', null),
];
const ids = (list: ClientListItem[]) => list.map((c) => c.id);

describe('caseload filter', () => {
  it('folds case, accents and spacing', () => {
    expect(foldForSearch('  Céline   DUBOIS ')).toBe('celine dubois');
  });

  it.each([
    [{ text: '', relation: 'all', status: 'all' }, ['1', '2', '3', '4']],
    [{ text: 'celine', relation: 'all', status: 'all' }, ['2']],
    [{ text: 'amrani karim', relation: 'all', status: 'all' }, ['1']],
    [{ text: 'el am', relation: 'all', status: 'all' }, ['1']],
    [{ text: 'zzz', relation: 'all', status: 'all' }, []],
    [{ text: '', relation: 'mine', status: 'all' }, ['1', '4']],
    [{ text: '', relation: 'team', status: 'all' }, ['2', '3']],
    [{ text: '', relation: 'team', status: 'open' }, ['3']],
    [{ text: '', relation: 'all', status: 'closed' }, ['2']],
  ] as const)('%o → %o', (filter, expected) => {
    expect(ids(filterCaseload(items, filter))).toEqual(expected);
  });

  it('a client whose name is not shared has no name to match', () => {
    expect(listName(items[3]!)).toBe('');
    expect(ids(filterCaseload(items, { text: 'a', relation: 'mine', status: 'all' }))).toEqual(['1']);
  });

  it('round-trips through the address and ignores unknown values', () => {
    const filter = { text: 'Karim', relation: 'team', status: 'closed' } as const;
    expect(filterFromParams(filterToParams(filter))).toEqual(filter);
    expect(filterToParams({ text: '', relation: 'all', status: 'all' }).toString()).toBe('');
    expect(filterFromParams(new URLSearchParams('who=everyone&status=gone'))).toEqual({ text: '', relation: 'all', status: 'all' });
  });
});
