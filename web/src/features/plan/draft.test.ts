import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_LIMITS, type ActionPlan } from '../../../../common/schemas/action-plan.ts';
import { draftFromPlan, draftIssues, draftReducer, draftToInput, emptyItem, isDirty, itemPath, limitOf, type Draft } from './draft.ts';

const ID1 = '11111111-1111-4111-8111-111111111111';
const ID2 = '22222222-2222-4222-8222-222222222222';
const stored: Pick<ActionPlan, 'planDate' | 'followUpDate' | 'providerName' | 'items'> = {
  planDate: '2025-03-01',
  followUpDate: null,
  providerName: 'Jonas Peeters',
  items: [
    { id: ID1, what: 'Oordopjes kopen', how: '', who: { role: 'client', name: 'Karim' }, when: '', results: '', status: 'done' },
    { id: ID2, what: 'Vacatures kiezen', how: 'Elke dinsdag', who: { role: 'coach', name: '' }, when: 'dinsdag', results: '', status: 'open' },
  ],
};

describe('draftReducer', () => {
  const start = draftFromPlan(stored);

  it('changes a header field and one item, leaving the others', () => {
    let d = draftReducer(start, { type: 'field', field: 'followUpDate', value: '2025-04-01' });
    d = draftReducer(d, { type: 'item', key: ID2, field: 'what', value: 'Drie vacatures kiezen' });
    expect(d.followUpDate).toBe('2025-04-01');
    expect(d.items.map((i) => i.what)).toEqual(['Oordopjes kopen', 'Drie vacatures kiezen']);
    expect(d.items[0]).toBe(start.items[0]);
  });

  it('adds an empty item at the end, up to the limit', () => {
    const item = emptyItem();
    const d = draftReducer(start, { type: 'add', item });
    expect(d.items.at(-1)).toEqual(item);
    expect(item).toMatchObject({ what: '', whoRole: 'client', status: 'open' });
    const full: Draft = { ...start, items: Array.from({ length: ACTION_PLAN_LIMITS.items }, emptyItem) };
    expect(draftReducer(full, { type: 'add', item: emptyItem() })).toBe(full);
  });

  it('removes by key and moves within bounds', () => {
    expect(draftReducer(start, { type: 'remove', key: ID1 }).items.map((i) => i.id)).toEqual([ID2]);
    expect(draftReducer(start, { type: 'move', key: ID2, by: -1 }).items.map((i) => i.id)).toEqual([ID2, ID1]);
    expect(draftReducer(start, { type: 'move', key: ID1, by: 1 }).items.map((i) => i.id)).toEqual([ID2, ID1]);
    expect(draftReducer(start, { type: 'move', key: ID1, by: -1 })).toBe(start);
    expect(draftReducer(start, { type: 'move', key: ID2, by: 1 })).toBe(start);
    expect(draftReducer(start, { type: 'move', key: 'nope', by: 1 })).toBe(start);
  });

  it('resets to a given draft', () => {
    const other = draftFromPlan({ ...stored, items: [] });
    expect(draftReducer(start, { type: 'reset', draft: other })).toBe(other);
  });
});

describe('draftFromPlan and draftToInput', () => {
  it('round-trips a stored version, trimming and with null for no follow-up date', () => {
    const d = draftFromPlan(stored);
    expect(d.followUpDate).toBe('');
    const input = draftToInput({ ...d, providerName: '  Jonas  ' });
    expect(input).toEqual({
      planDate: '2025-03-01',
      followUpDate: null,
      providerName: 'Jonas',
      items: stored.items.map((i) => ({ id: i.id, what: i.what, how: i.how, who: i.who, when: i.when, results: i.results, status: i.status })),
    });
  });

  it('sends no id for a new item', () => {
    const d = draftReducer(draftFromPlan(stored), { type: 'add', item: { ...emptyItem(), what: ' Nieuw ' } });
    expect(draftToInput(d).items.at(-1)).toEqual({ what: 'Nieuw', how: '', who: { role: 'client', name: '' }, when: '', results: '', status: 'open' });
  });

  it('keeps the keys of rows the form had, so saved rows are not remounted', () => {
    const before = draftReducer(draftFromPlan(stored), { type: 'add', item: { ...emptyItem(), key: 'new-x', what: 'Nieuw' } });
    const saved = { ...stored, items: [...stored.items, { ...stored.items[0]!, id: '33333333-3333-4333-8333-333333333333', what: 'Nieuw' }] };
    const after = draftFromPlan(saved, before);
    expect(after.items.map((i) => i.key)).toEqual([ID1, ID2, 'new-x']);
  });

  it('is dirty only when the content differs', () => {
    const d = draftFromPlan(stored);
    expect(isDirty(d, stored)).toBe(false);
    expect(isDirty({ ...d, providerName: 'Jonas Peeters ' }, stored)).toBe(false);
    expect(isDirty(draftReducer(d, { type: 'move', key: ID2, by: -1 }), stored)).toBe(true);
  });
});

describe('draftIssues', () => {
  const base = draftFromPlan(stored);
  it.each<[string, Partial<Draft>, { path: string; message: string }[]]>([
    ['a valid draft', {}, []],
    ['an empty what', { items: [{ ...base.items[0]!, what: '   ' }] }, [{ path: 'items.0.what', message: 'required' }]],
    ['a follow-up before the plan date', { followUpDate: '2025-02-28' }, [{ path: 'followUpDate', message: 'beforePlan' }]],
    ['a follow-up on the plan date', { followUpDate: '2025-03-01' }, []],
    ['no real date', { planDate: '2025-02-30' }, [{ path: 'planDate', message: 'date' }]],
    ['a long provider name', { providerName: 'x'.repeat(ACTION_PLAN_LIMITS.providerName + 1) }, [{ path: 'providerName', message: 'tooLong' }]],
    ['a long who name', { items: [{ ...base.items[0]!, whoName: 'x'.repeat(ACTION_PLAN_LIMITS.whoName + 1) }] }, [{ path: 'items.0.who.name', message: 'tooLong' }]],
  ])('%s', (_name, patch, expected) => {
    expect(draftIssues({ ...base, ...patch })).toEqual(expected);
  });

  it('maps paths to their limits', () => {
    expect(itemPath(2, 'whoName')).toBe('items.2.who.name');
    expect(limitOf('items.2.who.name')).toBe(ACTION_PLAN_LIMITS.whoName);
    expect(limitOf('items.0.results')).toBe(ACTION_PLAN_LIMITS.results);
    expect(limitOf('providerName')).toBe(ACTION_PLAN_LIMITS.providerName);
    expect(limitOf('items.0.status')).toBeUndefined();
  });
});
