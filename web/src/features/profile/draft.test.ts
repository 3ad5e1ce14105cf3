import { describe, expect, it } from 'vitest';
import { draftFrom, draftReducer, getAt, parseAmount, setAt, toInput, type Draft } from './draft.ts';

const URI = 'http://data.europa.eu/esco/occupation/5d2b6b86-0c5b-4c4b-9c4b-3c5b7f1a2b3c';
const empty = (): Draft => draftFrom({});

describe('draftReducer', () => {
  it('adds an empty row at the end of a table and removes one by its place', () => {
    let d = draftReducer(empty(), { type: 'add', table: 'education' });
    d = draftReducer(d, { type: 'set', path: 'profile.education.0.school', value: 'KTA Gent' });
    d = draftReducer(d, { type: 'add', table: 'education' });
    expect(getAt(d, 'profile.education.1')).toMatchObject({ date: '', school: '', diploma: '', grade: '' });
    d = draftReducer(d, { type: 'remove', table: 'education', index: 0 });
    expect(getAt(d, 'profile.education')).toHaveLength(1);
    expect(getAt(d, 'profile.education.0.school')).toBe('');
  });

  it('adds rows to the nested tables: desired jobs and benefits', () => {
    let d = draftReducer(empty(), { type: 'add', table: 'desiredJobs' });
    d = draftReducer(d, { type: 'add', table: 'benefits' });
    expect(getAt(d, 'profile.aspirations.desiredJobs.0')).toMatchObject({ occupation: null, note: '' });
    expect(getAt(d, 'benefits.rows.0')).toMatchObject({ kind: '', amount: '', frequency: '' });
  });

  it('gives each row its own key, which stays when rows before it go', () => {
    let d = draftReducer(empty(), { type: 'add', table: 'training' });
    d = draftReducer(d, { type: 'add', table: 'training' });
    const second = getAt(d, 'profile.training.1.rowKey');
    expect(second).not.toBe(getAt(d, 'profile.training.0.rowKey'));
    d = draftReducer(d, { type: 'remove', table: 'training', index: 0 });
    expect(getAt(d, 'profile.training.0.rowKey')).toBe(second);
  });

  it('copies only what it changes', () => {
    const d = empty();
    const next = setAt(d, 'profile.hobbies', 'fietsen');
    expect(getAt(d, 'profile.hobbies')).toBe('');
    expect(getAt(next, 'profile.hobbies')).toBe('fietsen');
    expect(getAt(next, 'health')).toBe(getAt(d, 'health'));
  });
});

describe('parseAmount', () => {
  it.each([['1250,50', 1250.5], ['1.250,50', 1250.5], ['1250.50', 1250.5], ['€ 980', 980], ['-3', -3], ['12a', undefined], ['', undefined]])('%s → %s', (text, n) => {
    expect(parseAmount(text)).toBe(n);
  });
});

describe('toInput', () => {
  it('turns the draft into the input the server takes: numbers, nulls, { uri } only, no row keys', () => {
    let d = draftReducer(empty(), { type: 'add', table: 'desiredJobs' });
    d = setAt(d, 'profile.aspirations.desiredJobs.0.occupation', { uri: URI, code: '9334.1', preferredLabel: 'rekkenvuller' });
    d = setAt(d, 'profile.aspirations.maxTravelKm', '25');
    d = draftReducer(d, { type: 'add', table: 'benefits' });
    d = setAt(d, 'benefits.rows.0', { ...(getAt(d, 'benefits.rows.0') as object), kind: 'tegemoetkoming', amount: '1.250,50', frequency: 'monthly' });
    const r = toInput(d);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.profile.aspirations.desiredJobs).toEqual([{ occupation: { uri: URI }, note: '' }]);
    expect(r.input.profile.aspirations.maxTravelKm).toBe(25);
    expect(r.input.benefits.rows).toEqual([{ kind: 'tegemoetkoming', amount: 1250.5, frequency: 'monthly' }]);
  });

  it('points at each field to correct, in its own words', () => {
    let d = setAt(empty(), 'profile.aspirations.maxTravelKm', '-5');
    d = draftReducer(d, { type: 'add', table: 'benefits' });
    d = setAt(d, 'benefits.rows.0.kind', 'leefloon');
    d = setAt(d, 'benefits.rows.0.amount', '12a');
    d = draftReducer(d, { type: 'add', table: 'workExperience' });
    d = setAt(d, 'profile.workExperience.0.from', '2020-13');
    d = draftReducer(d, { type: 'add', table: 'desiredJobs' });
    d = draftReducer(d, { type: 'add', table: 'personsToConsult' });
    const r = toInput(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual(expect.arrayContaining([
      { path: 'profile.aspirations.maxTravelKm', key: 'min', values: { min: 0 } },
      { path: 'benefits.rows.0.amount', key: 'number' },
      { path: 'profile.workExperience.0.from', key: 'date' },
      { path: 'profile.aspirations.desiredJobs.0.occupation', key: 'occupation' },
      { path: 'profile.personsToConsult.0.name', key: 'required' },
    ]));
  });

  it('tells a job that ends before it starts, and a distance that is not a whole number', () => {
    let d = draftReducer(empty(), { type: 'add', table: 'workExperience' });
    d = setAt(d, 'profile.workExperience.0.from', '2020');
    d = setAt(d, 'profile.workExperience.0.to', '2019-05');
    d = setAt(d, 'profile.aspirations.maxTravelKm', '2,5');
    const r = toInput(d);
    expect(r.ok ? [] : r.issues).toEqual([
      { path: 'profile.aspirations.maxTravelKm', key: 'wholeNumber' },
      { path: 'profile.workExperience.0.to', key: 'dateOrder' },
    ]);
  });
});
