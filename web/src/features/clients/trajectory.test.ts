import { describe, expect, it } from 'vitest';
import type { Appointment, Trajectory } from '../../../../common/schemas/clients.ts';
import { formatDate, formatDateTime } from './format.ts';
import { closeDetailRequired, isPhase, phaseSince, timeline, upcoming } from './trajectory.ts';

const by = { id: '00000000-0000-4000-8000-000000000001', name: 'Jonas Peeters' };
const event = (kind: Trajectory['events'][number]['kind'], at: string, fromPhase: number | null, toPhase: number | null) =>
  ({ kind, at, fromPhase, toPhase, reason: '', by });

const a = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt }) as Appointment;

describe('trajectory helpers', () => {
  it('knows the five EUSE phases', () => {
    expect([0, 1, 5, 6, null, '2'].map(isPhase)).toEqual([false, true, true, false, false, false]);
  });

  it('dates the current phase from the event that entered it', () => {
    const trajectory = {
      phase: 2, openedAt: '2025-01-01T09:00:00Z',
      events: [event('phase_changed', '2025-02-01T09:00:00Z', 1, 2), event('opened', '2025-01-01T09:00:00Z', null, 1)],
    };
    expect(phaseSince(trajectory)).toBe('2025-02-01T09:00:00Z');
    // Back to 1 after 2: the latest entry into 1 counts, not the opening.
    const back = { ...trajectory, phase: 1, events: [...trajectory.events, event('phase_changed', '2025-03-01T09:00:00Z', 2, 1)] };
    expect(phaseSince(back)).toBe('2025-03-01T09:00:00Z');
    expect(phaseSince({ phase: 3, openedAt: '2025-01-01T09:00:00Z', events: [] })).toBe('2025-01-01T09:00:00Z');
  });

  it('lists events oldest first', () => {
    const events = [event('closed', '2025-03-01T00:00:00Z', 2, null), event('opened', '2025-01-01T00:00:00Z', null, 1)];
    expect(timeline({ events }).map((e) => e.kind)).toEqual(['opened', 'closed']);
  });

  it('keeps appointments that have not ended, soonest first', () => {
    const list = [a('late', '2025-05-03T10:00:00Z', '2025-05-03T11:00:00Z'), a('past', '2025-05-01T10:00:00Z', '2025-05-01T11:00:00Z'),
      a('now', '2025-05-02T09:30:00Z', '2025-05-02T10:30:00Z'), a('soon', '2025-05-02T12:00:00Z', '2025-05-02T13:00:00Z')];
    expect(upcoming(list, new Date('2025-05-02T10:00:00Z')).map((x) => x.id)).toEqual(['now', 'soon', 'late']);
    expect(upcoming(list, new Date('2025-05-02T10:00:00Z'), 1).map((x) => x.id)).toEqual(['now']);
  });

  it('asks where to for a referral and why for a stop', () => {
    expect(['paid_work_regular', 'other_work', 'referred', 'stopped'].map(closeDetailRequired)).toEqual([false, false, true, true]);
  });
});

describe('dates in the interface language', () => {
  it('formats a calendar date without shifting the day', () => {
    expect(formatDate('nl-BE', '2025-03-04')).toBe('4 maart 2025');
    expect(formatDate('en', '2025-03-04')).toBe('March 4, 2025');
    expect(formatDate('nl-BE', 'not a date')).toBe('not a date');
  });
  it('formats a moment with its time', () => {
    expect(formatDateTime('nl-BE', '2025-03-04T10:15:00Z')).toMatch(/2025/);
    expect(formatDateTime('en', 'nope')).toBe('nope');
  });
});
