import { describe, expect, it } from 'vitest';
import { COMPETENCE_NOTE_MAX } from '../../../../common/schemas/competences.ts';
import type { Availability, CapacityProfile } from '../../../../common/schemas/capacity.ts';
import {
  availabilityDraftFrom, capacityDraftFrom, capacityFieldId, capacityReducer, emptyStarr, environmentConflicts, parseNumber, toAvailabilityInput,
  toCapacityInput, toggle, type AvailabilityDraft,
} from './draft.ts';

const saved: Pick<CapacityProfile, 'assessedOn' | 'scores' | 'notes' | 'gapClosers' | 'otherNotes' | 'starr'> = {
  assessedOn: '2026-11-02',
  scores: { lifting: 2, punctuality: 5, reading: 3 },
  notes: { lifting: 'Rugklachten', reading: '' },
  gapClosers: { lifting: 'adaptation' },
  otherNotes: 'Werkt graag vroeg.',
  starr: [{ item: 'stress_resistance', situation: 'Kassa viel uit', task: 'Klanten helpen', action: 'Rustig gebleven', result: 'Opgelost', reflection: '' }],
};

describe('capacity draft', () => {
  it('round-trips a saved version to the same input', () => {
    const draft = capacityDraftFrom(saved, '2026-11-23');
    expect(draft.starr[0]!.key).toMatch(/^s\d+$/);
    const result = toCapacityInput(draft);
    expect(result).toEqual({
      ok: true,
      input: {
        assessedOn: '2026-11-02',
        scores: { lifting: 2, punctuality: 5, reading: 3 },
        notes: { lifting: 'Rugklachten' },
        gapClosers: { lifting: 'adaptation' },
        otherNotes: 'Werkt graag vroeg.',
        starr: [{ item: 'stress_resistance', situation: 'Kassa viel uit', task: 'Klanten helpen', action: 'Rustig gebleven', result: 'Opgelost', reflection: '' }],
      },
    });
  });

  it('starts a never-scored profile on today, empty', () => {
    const draft = capacityDraftFrom({ assessedOn: null, scores: {}, notes: {}, gapClosers: {}, otherNotes: '', starr: [] }, '2026-11-23');
    expect(draft).toMatchObject({ assessedOn: '2026-11-23', scores: {}, starr: [] });
    expect(toCapacityInput(draft)).toMatchObject({ ok: true, input: { assessedOn: '2026-11-23', scores: {} } });
  });

  it('drops what could close a gap together with the score, and trims notes', () => {
    let d = capacityDraftFrom(saved, '2026-11-23');
    d = capacityReducer(d, { type: 'score', item: 'lifting', score: null });
    d = capacityReducer(d, { type: 'note', item: 'punctuality', value: '  Altijd op tijd  ' });
    d = capacityReducer(d, { type: 'closer', item: 'reading', closer: 'training' });
    expect(d.scores.lifting).toBeUndefined();
    expect(d.gapClosers).toEqual({ reading: 'training' });
    const result = toCapacityInput(d);
    expect(result.ok && result.input.gapClosers).toEqual({ reading: 'training' });
    expect(result.ok && result.input.notes).toEqual({ lifting: 'Rugklachten', punctuality: 'Altijd op tijd' });
  });

  it('never sends a gap closer for an item without a score', () => {
    const d = { ...capacityDraftFrom(saved, '2026-11-23'), gapClosers: { seeing: 'coaching' as const } };
    const result = toCapacityInput(d);
    expect(result.ok && result.input.gapClosers).toEqual({});
  });

  it('adds, fills and removes STARR examples by key', () => {
    const start = capacityDraftFrom(saved, '2026-11-23');
    const example = emptyStarr();
    let d = capacityReducer(start, { type: 'starrAdd', example });
    d = capacityReducer(d, { type: 'starrField', key: example.key, field: 'action', value: 'Hulp gevraagd' });
    d = capacityReducer(d, { type: 'starrField', key: example.key, field: 'item', value: 'teamwork' });
    expect(d.starr[1]).toMatchObject({ item: 'teamwork', action: 'Hulp gevraagd', situation: '' });
    expect(d.starr[0]).toBe(start.starr[0]);
    d = capacityReducer(d, { type: 'starrRemove', key: start.starr[0]!.key });
    expect(d.starr.map((s) => s.key)).toEqual([example.key]);
    const result = toCapacityInput(d);
    expect(result.ok && result.input.starr).toEqual([{ item: 'teamwork', situation: '', task: '', action: 'Hulp gevraagd', result: '', reflection: '' }]);
  });

  it('points at a missing date, an empty example and a note that is too long', () => {
    let d = capacityDraftFrom(saved, '2026-11-23');
    d = capacityReducer(d, { type: 'field', field: 'assessedOn', value: '' });
    d = capacityReducer(d, { type: 'starrAdd', example: emptyStarr() });
    d = capacityReducer(d, { type: 'note', item: 'reading', value: 'x'.repeat(COMPETENCE_NOTE_MAX + 1) });
    const result = toCapacityInput(d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'assessedOn', key: 'assessedOnRequired' },
      { path: 'starr.1.situation', key: 'starrEmpty', values: { n: 2 } },
      { path: 'notes.reading', key: 'tooLong', values: { max: COMPETENCE_NOTE_MAX } },
    ]);
    expect(result.issues.map((i) => capacityFieldId(i.path, d))).toEqual([
      'cap-assessedOn', `cap-starr-${d.starr[1]!.key}-situation`, 'cap-note-reading',
    ]);
  });

  it('refuses a date that is not a calendar date', () => {
    const d = capacityReducer(capacityDraftFrom(saved, '2026-11-23'), { type: 'field', field: 'assessedOn', value: '2026-02-30x' });
    const result = toCapacityInput(d);
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'assessedOn', key: 'date' }]);
  });
});

const availability: Pick<Availability, 'maxHoursPerWeek' | 'days' | 'shifts' | 'contracts' | 'excludedEnvironment' | 'preferredEnvironment' | 'note'> = {
  maxHoursPerWeek: 24.5, days: ['mon', 'tue'], shifts: ['early'], contracts: [], excludedEnvironment: ['cold'], preferredEnvironment: ['quiet'], note: 'Niet op woensdag',
};

describe('availability draft', () => {
  it('round-trips, with the hours as text', () => {
    const draft = availabilityDraftFrom(availability);
    expect(draft.maxHoursPerWeek).toBe('24.5');
    expect(toAvailabilityInput(draft)).toEqual({ ok: true, input: { ...availability } });
    expect(toAvailabilityInput({ ...draft, maxHoursPerWeek: ' 19,75 ' })).toMatchObject({ ok: true, input: { maxHoursPerWeek: 19.75 } });
    expect(toAvailabilityInput({ ...draft, maxHoursPerWeek: '' })).toMatchObject({ ok: true, input: { maxHoursPerWeek: null } });
  });

  it('points at hours that are not a number, out of range or too precise', () => {
    const draft = availabilityDraftFrom(availability);
    const issuesOf = (text: string) => {
      const r = toAvailabilityInput({ ...draft, maxHoursPerWeek: text });
      return r.ok ? [] : r.issues;
    };
    expect(issuesOf('24u')).toEqual([{ path: 'maxHoursPerWeek', key: 'number' }]);
    expect(issuesOf('61')).toEqual([{ path: 'maxHoursPerWeek', key: 'hoursRange', values: { max: 60 } }]);
    expect(issuesOf('-1')).toEqual([{ path: 'maxHoursPerWeek', key: 'hoursRange', values: { max: 60 } }]);
    expect(issuesOf('10,125')).toEqual([{ path: 'maxHoursPerWeek', key: 'hoursCents' }]);
  });

  it('refuses an environment that is both excluded and preferred, naming it', () => {
    const draft: AvailabilityDraft = { ...availabilityDraftFrom(availability), preferredEnvironment: ['quiet', 'cold', 'indoor'] };
    expect(environmentConflicts(draft)).toEqual(['cold']);
    const result = toAvailabilityInput(draft);
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'preferredEnvironment', key: 'bothEnvironments', values: { tags: ['cold'] } }]);
  });

  it('keeps ticked values in the vocabulary order, each once', () => {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    expect(toggle(['fri', 'mon'], 'wed', true, days)).toEqual(['mon', 'wed', 'fri']);
    expect(toggle(['mon', 'wed'], 'wed', true, days)).toEqual(['mon', 'wed']);
    expect(toggle(['mon', 'wed'], 'mon', false, days)).toEqual(['wed']);
  });

  it('reads Belgian and English decimals', () => {
    expect(parseNumber('19,5')).toBe(19.5);
    expect(parseNumber('19.5')).toBe(19.5);
    expect(parseNumber('19 uur')).toBeUndefined();
  });
});
