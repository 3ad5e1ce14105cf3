import { describe, expect, it } from 'vitest';
import { desiredTaskKeywords, scoresOf, taskNames, toCandidate, toMatchVacancy } from './matching.loader.ts';
import type { CandidateRow, VacancyMatchRow } from './matching.queries.ts';

describe('desiredTaskKeywords', () => {
  it.each([
    ['Rekken vullen, kassa en klanten helpen', ['Rekken vullen', 'kassa', 'klanten helpen']],
    ['kassa; vakken vullen\nafwassen', ['kassa', 'vakken vullen', 'afwassen']],
    ['Stocking shelves and cleaning', ['Stocking shelves', 'cleaning']],
    ['Kassa EN vakken vullen.', ['Kassa', 'vakken vullen']],
    // "en" inside a word is not a separator
    ['bloemen schikken, tuinen onderhouden', ['bloemen schikken', 'tuinen onderhouden']],
    [' , ;\n', []],
    ['', []],
    [null, []],
  ])('%j → %j', (text, expected) => expect(desiredTaskKeywords(text)).toEqual(expected));
});

const row = (over: Partial<CandidateRow> = {}): CandidateRow => ({
  id: 'c1', postcode: '9000', scores: null, gap_closers: null, max_hours_per_week: null, days: null, shifts: null, contracts: null,
  excluded_environment: null, preferred_environment: null, desired_codes: null, desired_tasks: null, max_travel_km: null, ...over,
});

describe('toCandidate', () => {
  it('reads a stored profile, keeping only known items, scores and words', () => {
    const c = toCandidate(row({
      scores: { lifting: 4, accuracy: 7, juggling: 3 }, gap_closers: { lifting: 'adaptation', accuracy: 'magic' }, max_hours_per_week: '24.50',
      days: ['mon', 'fun'], shifts: ['day'], contracts: ['permanent'], preferred_environment: ['indoor', 'sunny'], desired_codes: ['9334.1', ''],
      desired_tasks: 'kassa en vakken vullen', max_travel_km: 15,
    }), 'flanders');
    expect(c).toEqual({
      id: 'c1', capacities: { lifting: 4 }, gapClosers: { lifting: 'adaptation' }, maxHoursPerWeek: 24.5, availableDays: ['mon'], availableShifts: ['day'],
      home: { lat: 51.0543, lon: 3.7174 }, maxTravelKm: 15, contracts: ['permanent'], excludedEnvironment: [], preferredEnvironment: ['indoor'],
      desiredEscoCodes: ['9334.1'], desiredTasks: ['kassa', 'vakken vullen'],
    });
  });

  it('leaves what is not stated unstated, and a postcode it does not know unlocated', () => {
    expect(toCandidate(row({ postcode: '' }), 'flanders')).toMatchObject({ home: null, maxHoursPerWeek: null, availableDays: [], contracts: [], desiredTasks: [] });
    expect(toCandidate(row({ postcode: '7777' }), 'flanders').home).toBeNull();
    expect(toCandidate(row({ postcode: '1011 AB' }), 'netherlands').home).toEqual({ lat: 52.3728, lon: 4.8936 });
  });
});

describe('toMatchVacancy', () => {
  const v: VacancyMatchRow = {
    id: 'v1', organisation_id: 'o', title: 'Schappenvuller', status: 'open', employer_id: 'e', employer_name: 'Groenhof', city: 'Gent', esco_code: '9334.1',
    hours_per_week: '30.00', schedule_days: ['mon', 'tue'], shifts: ['day'], contract_kind: 'fixed_term', environment_tags: ['indoor'], lat: 51, lon: 3.7,
    tasks: [{ task: ' Vakken vullen ', steps: [] }, { task: '' }, { steps: [] }, 'kassa'], scores: { lifting: 4, accuracy: 1, nonsense: 3 },
  };
  it('takes the task names of the job analysis and the competence profile as requirements', () => {
    expect(toMatchVacancy(v)).toEqual({
      id: 'v1', escoCode: '9334.1', hoursPerWeek: 30, days: ['mon', 'tue'], shifts: ['day'], contract: 'fixed_term', location: { lat: 51, lon: 3.7 },
      environment: ['indoor'], tasks: ['Vakken vullen'], requirements: { lifting: 4, accuracy: 1 },
    });
    expect(toMatchVacancy({ ...v, lat: null, lon: null, tasks: null, scores: null, hours_per_week: null })).toMatchObject({ location: null, tasks: [], requirements: {}, hoursPerWeek: null });
  });
  it('ignores stored values outside the vocabularies', () => {
    expect(scoresOf({ lifting: 0, standing: 2.5, walking: '3' })).toEqual({});
    expect(taskNames({ task: 'x' })).toEqual([]);
  });
});
