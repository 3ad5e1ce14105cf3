import { describe, expect, it } from 'vitest';
import { COMPETENCE_ITEM_KEYS } from '../../../../common/competences.ts';
import { CompetenceProfileInput } from '../../../../common/schemas/competences.ts';
import { JOB_TASKS_MAX, JobAnalysisInput, VacancyInput, type Vacancy } from '../../../../common/schemas/vacancies.ts';
import {
  analysisDraft, analysisInput, analysisIssues, analysisReducer, emptyStep, emptyTask, stepRow, type AnalysisDraft,
} from './analysis.ts';
import { competenceDraft, competenceInput, competenceIssues, parseScore, scoredCount } from './competences.ts';
import { issueCodes, parseNumber, vacancyDraft, vacancyInput, vacancyIssues } from './forms.ts';

const EMPLOYER = '11111111-1111-4111-8111-111111111111';
const SITE = '22222222-2222-4222-8222-222222222222';
const URI = 'http://data.europa.eu/esco/occupation/d35f9e79-5778-43b4-8667-0e3ba1fcb19a';

const stored: Vacancy = {
  id: '33333333-3333-4333-8333-333333333333', organisationId: EMPLOYER, employer: { id: EMPLOYER, name: 'Groenhof' }, site: { id: SITE, name: 'Gent-Zuid' },
  title: 'Schappenvuller', occupation: { uri: URI, code: '9334.1', preferredLabel: 'schappenvuller' }, address: '', postcode: '', city: '',
  hoursPerWeek: 24, scheduleDays: ['mon', 'tue'], shifts: ['early'], environmentTags: ['indoor', 'cold'], located: true,
  wage: { amount: 14.1, period: 'hour' }, contractKind: 'permanent', startDate: '2025-09-01', description: 'Rekken vullen.', status: 'open',
  createdAt: '', updatedAt: '', version: 3, editable: true,
};

describe('vacancy form', () => {
  it('round-trips a stored vacancy into the body the schema accepts', () => {
    const input = vacancyInput(vacancyDraft(stored));
    expect(input).toEqual({
      employerId: EMPLOYER, siteId: SITE, title: 'Schappenvuller', occupation: { uri: URI }, address: '', postcode: '', city: '', hoursPerWeek: 24,
      scheduleDays: ['mon', 'tue'], shifts: ['early'], environmentTags: ['indoor', 'cold'], wage: { amount: 14.1, period: 'hour' },
      contractKind: 'permanent', startDate: '2025-09-01', description: 'Rekken vullen.', status: 'open',
    });
    expect(VacancyInput.safeParse(input).success).toBe(true);
  });

  it('starts empty for an employer, with nulls for what is not given and lists in their vocabulary order', () => {
    const d = { ...vacancyDraft(undefined, EMPLOYER), title: ' Kok ', hoursPerWeek: '19,5', scheduleDays: ['fri' as const, 'mon' as const], environmentTags: ['heat' as const, 'indoor' as const] };
    const input = vacancyInput(d);
    expect(input).toMatchObject({ employerId: EMPLOYER, siteId: null, title: 'Kok', occupation: null, hoursPerWeek: 19.5, wage: null, startDate: null, contractKind: 'other', status: 'open' });
    expect(input.scheduleDays).toEqual(['mon', 'fri']);
    expect(input.environmentTags).toEqual(['indoor', 'heat']);
    expect(VacancyInput.safeParse(input).success).toBe(true);
  });

  it.each([
    ['no employer and no title', { employerId: '', title: '' }, [{ path: 'employerId', message: 'required' }, { path: 'title', message: 'required' }]],
    ['hours not a number', { hoursPerWeek: 'veel' }, [{ path: 'hoursPerWeek', message: 'number' }]],
    ['too many hours', { hoursPerWeek: '61' }, [{ path: 'hoursPerWeek', message: 'range' }]],
    ['three decimals', { hoursPerWeek: '19,125' }, [{ path: 'hoursPerWeek', message: 'decimals' }]],
    ['an amount without period', { wageAmount: '14,10' }, [{ path: 'wage.period', message: 'wagePeriod' }]],
    ['a period without amount', { wagePeriod: 'month' as const }, [{ path: 'wage.amount', message: 'wageAmount' }]],
    ['a zero wage', { wageAmount: '0', wagePeriod: 'hour' as const }, [{ path: 'wage.amount', message: 'range' }]],
    ['a start date that does not exist', { startDate: '2025-02-30' }, [{ path: 'startDate', message: 'date' }]],
    ['a good one', { wageAmount: '2250', wagePeriod: 'month' as const, hoursPerWeek: '38' }, []],
  ])('%s', (_n, patch, expected) => {
    expect(vacancyIssues({ ...vacancyDraft(undefined, EMPLOYER), title: 'Kok', ...patch })).toEqual(expected);
  });

  it('reads numbers with a comma or a point and the server issues in its own words', () => {
    expect(parseNumber(' 4,75 ')).toBe(4.75);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('-1')).toBeNaN();
    expect(issueCodes([{ path: 'occupation.uri', message: 'Not an ESCO occupation' }, { path: 'siteId', message: 'Not a site' }])).toEqual([
      { path: 'occupation', message: 'occupation' }, { path: 'siteId', message: 'invalid' },
    ]);
  });
});

const analysis = JobAnalysisInput.parse({
  tasks: [{ task: 'Rekken aanvullen', steps: ['Rolcontainer halen', 'Dozen openen', 'Producten plaatsen'], normalTime: '30 minuten' }, { task: 'Data controleren' }],
  hoursPerDay: 6,
  transport: 'Tram 4',
});

describe('job analysis', () => {
  it('round-trips every field', () => {
    expect(analysisInput(analysisDraft(analysis))).toEqual(analysis);
  });

  it('adds, moves and removes tasks and steps by key, within bounds', () => {
    let d = analysisDraft(analysis);
    const [t1, t2] = d.tasks;
    const [s1, s2, s3] = t1!.steps;
    d = analysisReducer(d, { type: 'moveStep', task: t1!.key, step: s3!.key, by: -1 });
    expect(d.tasks[0]!.steps.map((s) => s.text)).toEqual(['Rolcontainer halen', 'Producten plaatsen', 'Dozen openen']);
    expect(analysisReducer(d, { type: 'moveStep', task: t1!.key, step: s1!.key, by: -1 })).toBe(d);
    d = analysisReducer(d, { type: 'removeStep', task: t1!.key, step: s2!.key });
    expect(d.tasks[0]!.steps.map((s) => s.key)).toEqual([s1!.key, s3!.key]);
    const step = emptyStep();
    d = analysisReducer(d, { type: 'addStep', task: t2!.key, item: step });
    d = analysisReducer(d, { type: 'step', task: t2!.key, step: step.key, value: 'Lijst nemen' });
    expect(d.tasks[1]!.steps).toEqual([{ key: step.key, text: 'Lijst nemen' }]);
    d = analysisReducer(d, { type: 'moveTask', task: t2!.key, by: -1 });
    expect(d.tasks.map((t) => t.task)).toEqual(['Data controleren', 'Rekken aanvullen']);
    expect(analysisReducer(d, { type: 'moveTask', task: t2!.key, by: -1 })).toBe(d);
    d = analysisReducer(d, { type: 'removeTask', task: t1!.key });
    expect(d.tasks.map((t) => t.task)).toEqual(['Data controleren']);
    d = analysisReducer(d, { type: 'key', field: 'physical', value: 'Tillen' });
    d = analysisReducer(d, { type: 'field', field: 'hoursPerDay', value: '4,5' });
    expect(analysisInput(d)).toMatchObject({ hoursPerDay: 4.5, keyCharacteristics: { physical: 'Tillen' }, tasks: [{ task: 'Data controleren', steps: ['Lijst nemen'] }] });
  });

  it('stops adding tasks at the limit', () => {
    const full: AnalysisDraft = { ...analysisDraft(analysis), tasks: Array.from({ length: JOB_TASKS_MAX }, emptyTask) };
    expect(analysisReducer(full, { type: 'addTask', item: emptyTask() })).toBe(full);
  });

  it('leaves empty steps out and maps the server step number back to the form row', () => {
    const d = analysisDraft(analysis);
    const task = { ...d.tasks[0]!, steps: [{ key: 'a', text: ' ' }, ...d.tasks[0]!.steps] };
    expect(analysisInput({ ...d, tasks: [task] }).tasks[0]!.steps).toEqual(['Rolcontainer halen', 'Dozen openen', 'Producten plaatsen']);
    expect(stepRow(task, 0)).toBe(1);
  });

  it.each([
    ['a task without a name', (d: AnalysisDraft) => ({ ...d, tasks: [{ ...emptyTask() }] }), [{ path: 'tasks.0.task', message: 'required' }]],
    ['too many hours a day', (d: AnalysisDraft) => ({ ...d, hoursPerDay: '25' }), [{ path: 'hoursPerDay', message: 'range' }]],
    ['a long transport text', (d: AnalysisDraft) => ({ ...d, transport: 'x'.repeat(2001) }), [{ path: 'transport', message: 'tooLong' }]],
    ['a valid one', (d: AnalysisDraft) => d, []],
  ])('%s', (_n, change, expected) => {
    expect(analysisIssues(change(analysisDraft(analysis)))).toEqual(expected);
  });
});

describe('competence profile', () => {
  it('sends only scored items and non-empty notes', () => {
    const d = competenceDraft({ scores: { lifting: 3 }, notes: { lifting: 'Dozen tot 15 kg' }, otherNotes: '' });
    expect(d.scores.standing).toBe('');
    expect(scoredCount(d)).toBe(1);
    const changed = { ...d, scores: { ...d.scores, standing: 4 as const, lifting: '' as const }, notes: { ...d.notes, reading: '  ' }, otherNotes: ' Vroege start ' };
    const input = competenceInput(changed);
    expect(input).toEqual({ scores: { standing: 4 }, notes: { lifting: 'Dozen tot 15 kg' }, otherNotes: 'Vroege start' });
    expect(CompetenceProfileInput.safeParse(input).success).toBe(true);
  });

  it('has every item of the catalogue and reads radio values', () => {
    expect(Object.keys(competenceDraft({ scores: {}, notes: {}, otherNotes: '' }).scores)).toEqual([...COMPETENCE_ITEM_KEYS]);
    expect(parseScore('5')).toBe(5);
    expect(parseScore('')).toBe('');
    expect(parseScore('6')).toBe('');
  });

  it('checks the note lengths', () => {
    const d = competenceDraft({ scores: {}, notes: { memory: 'x'.repeat(501) }, otherNotes: 'y'.repeat(4001) });
    expect(competenceIssues(d)).toEqual([{ path: 'notes.memory', message: 'tooLong' }, { path: 'otherNotes', message: 'tooLong' }]);
  });
});
