import { describe, expect, it } from 'vitest';
import { compareProfiles } from './compare.ts';

describe('compareProfiles', () => {
  const requirements = { lifting: 4, accuracy: 3, punctuality: 4, reading: 2, seeing: 1, standing: 3, teamwork: 2 } as const;
  const capacities = { lifting: 2, accuracy: 2, punctuality: 5, reading: 5, seeing: 1, standing: 3 } as const;
  const result = compareProfiles(requirements, capacities, { lifting: 'adaptation', accuracy: 'training', punctuality: 'coaching' });
  const row = (item: string) => result.groups.flatMap((g) => g.rows).find((r) => r.item === item);

  it('leaves out what the job does not require (level 1 or empty)', () => {
    expect(row('seeing')).toBeUndefined();
    expect(row('walking')).toBeUndefined();
    expect(result.counts.required).toBe(6);
  });

  it('groups rows in the forms\' order', () => {
    expect(result.groups.map((g) => [g.group, g.rows.map((r) => r.item)])).toEqual([
      ['physical', ['standing', 'lifting']],
      ['communication_cognitive', ['reading']],
      ['key_skills', ['punctuality', 'accuracy', 'teamwork']],
    ]);
  });

  it('marks a shortfall of 2 as significant, and what could close it', () => {
    expect(row('lifting')).toEqual({
      item: 'lifting', group: 'physical', required: 4, capacity: 2, status: 'shortfall', shortfall: 2, significant: true, closableBy: 'adaptation',
    });
    expect(row('accuracy')).toMatchObject({ status: 'shortfall', shortfall: 1, significant: false, closableBy: 'training' });
  });

  it('meets a requirement at or above its level; a closer on a met item does not count', () => {
    expect(row('standing')).toMatchObject({ status: 'met', shortfall: 0, significant: false, closableBy: null });
    expect(row('punctuality')).toMatchObject({ status: 'met', closableBy: null });
  });

  it('calls an item the client was not scored on "not assessed", neither gap nor met', () => {
    expect(row('teamwork')).toMatchObject({ capacity: null, status: 'unassessed', shortfall: 0, significant: false, closableBy: null });
  });

  it('counts and lists where the client is stronger, largest margin first', () => {
    expect(result.counts).toEqual({ required: 6, met: 3, shortfall: 2, significant: 1, closable: 2, unassessed: 1 });
    expect(result.stronger.map((r) => r.item)).toEqual(['reading', 'punctuality']);
  });

  it('has nothing to compare without requirements', () => {
    const empty = compareProfiles({}, capacities, {});
    expect(empty.groups).toEqual([]);
    expect(empty.counts.required).toBe(0);
  });
});
