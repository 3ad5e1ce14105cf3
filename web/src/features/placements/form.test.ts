import { describe, expect, it } from 'vitest';
import { PlacementInput, type Placement, type PlacementEvaluation } from '../../../../common/schemas/placements.ts';
import {
  addDays, currentPlacement, daysUntil, draftFromPlacement, draftIssues, draftToInput, dueState, emptyDraft, evaluationDraft,
  evaluationIssues, evaluationToInput, fieldOfPath, fieldsFor, liveRules, nextEvaluationDue, parseNumber, reasonAsked, ruleProblemAt,
  type PlacementDraft,
} from './form.ts';

const CLIENT = '11111111-1111-4111-8111-111111111111';
const EMPLOYER = '22222222-2222-4222-8222-222222222222';
const SITE = '33333333-3333-4333-8333-333333333333';
const PLACEMENT = '44444444-4444-4444-8444-444444444444';

const draft = (patch: Partial<PlacementDraft>): PlacementDraft => ({
  ...emptyDraft(), kind: 'work_experience', employerId: EMPLOYER, title: 'Magazijnmedewerker', startDate: '2026-03-02', endDate: '2026-05-22', ...patch,
});

const stored: Placement = {
  id: PLACEMENT,
  client: { id: CLIENT, name: 'Karim El Amrani' },
  employer: { id: EMPLOYER, name: 'Vrachtwerk Gent' },
  site: { id: SITE, name: 'Distributiecentrum Port Arthur' },
  vacancy: null,
  kind: 'paid_job',
  title: 'Magazijnmedewerker',
  startDate: '2026-03-02',
  endDate: null,
  hoursPerWeek: 19.5,
  extensionReason: '',
  status: 'ongoing',
  agreement: { goal: 'Vast werk', support: 'Jobcoach elke week', responsibilities: '', limits: '', insurance: 'Arbeidsongevallen', reporting: '', evaluation: '' },
  securing: {
    hoursPerWeek: 19.5, wage: { amount: 14.25, period: 'hour' }, supportLevel: 'Intensief de eerste maand', supportBy: 'Jonas (jobcoach), Koen (mentor)',
    expectedProductivity: '70 %', expectedQuality: '', responsibilitiesEmployer: '', responsibilitiesColleagues: '', responsibilitiesClient: '',
    responsibilitiesCoach: '', evaluationProcedure: 'Na een maand',
  },
  warnings: [],
  evaluations: [],
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  version: 3,
};

describe('fieldsFor: which fields each kind shows', () => {
  it('asks securing the job (with the hours in it) only for a paid job, which may be open-ended', () => {
    expect(fieldsFor('paid_job')).toEqual({ endDateRequired: false, hoursInSecuring: true, securing: true, extensionReason: false });
    for (const kind of ['job_taster', 'work_experience', 'exploratory_internship'] as const) {
      expect(fieldsFor(kind)).toMatchObject({ endDateRequired: true, hoursInSecuring: false, securing: false });
    }
  });
  it('can ask the reason for a longer duration only for a work experience placement', () => {
    expect(fieldsFor('work_experience').extensionReason).toBe(true);
    expect(fieldsFor('job_taster').extensionReason).toBe(false);
    expect(fieldsFor('').endDateRequired).toBe(true);
  });
});

describe('liveRules while typing', () => {
  it('says nothing until the kind and a real start date are there', () => {
    expect(liveRules(draft({ kind: '' })).warnings).toEqual([]);
    expect(liveRules(draft({ startDate: '2026-02-30' })).weeks).toBeNull();
    expect(liveRules(draft({ endDate: '2026-13-01' })).problems).toEqual([]);
  });
  it('warns for a work experience placement of 14 weeks and asks the reason', () => {
    const d = draft({ startDate: '2026-03-02', endDate: addDays('2026-03-02', 14 * 7 - 1) });
    const r = liveRules(d);
    expect(r).toMatchObject({ warnings: ['longer_than_12_weeks'], problems: ['reason_required'], weeks: 14, workingDays: 70 });
    expect(reasonAsked(d)).toBe(true);
    expect(liveRules({ ...d, extensionReason: 'Tweede afdeling' }).problems).toEqual([]);
  });
  it('notes a work experience placement shorter than 8 weeks, and nothing for 8 to 12', () => {
    expect(liveRules(draft({ endDate: addDays('2026-03-02', 6 * 7 - 1) })).warnings).toEqual(['shorter_than_8_weeks']);
    expect(liveRules(draft({ endDate: addDays('2026-03-02', 12 * 7 - 1) }))).toMatchObject({ warnings: [], problems: [], weeks: 12 });
  });
  it('refuses a job taster of 6 working days, accepts one of 5', () => {
    // Monday 2 March to Monday 9 March: 6 working days.
    expect(liveRules(draft({ kind: 'job_taster', endDate: '2026-03-09' }))).toMatchObject({ problems: ['taster_too_long'], workingDays: 6 });
    expect(liveRules(draft({ kind: 'job_taster', endDate: '2026-03-06' })).problems).toEqual([]);
  });
  it('flags an end date before the start', () => {
    expect(liveRules(draft({ endDate: '2026-03-01' }))).toMatchObject({ problems: ['end_before_start'], weeks: null });
  });
});

describe('draft ↔ input', () => {
  it('turns a stored paid job into the form and back into the same input', () => {
    const d = draftFromPlacement(stored, 'nl-BE');
    expect(d).toMatchObject({ kind: 'paid_job', siteId: SITE, vacancyId: '', endDate: '', hours: '19,5', securing: { wageAmount: '14,25', wagePeriod: 'hour' } });
    expect(draftFromPlacement(stored, 'en').hours).toBe('19.5');
    const input = draftToInput(d, CLIENT);
    expect(input).toEqual({
      clientId: CLIENT, employerId: EMPLOYER, siteId: SITE, vacancyId: null, kind: 'paid_job', title: 'Magazijnmedewerker',
      startDate: '2026-03-02', endDate: null, hoursPerWeek: 19.5, extensionReason: '', status: 'ongoing',
      agreement: stored.agreement, securing: stored.securing,
    });
    expect(PlacementInput.safeParse(input).success).toBe(true);
  });

  it('sends no securing for other kinds, and the reason only while the placement is longer than 12 weeks', () => {
    const long = draft({ endDate: addDays('2026-03-02', 14 * 7 - 1), extensionReason: '  Tweede afdeling leren kennen ', hours: '19' });
    const input = draftToInput(long, CLIENT);
    expect(input).toMatchObject({ securing: null, extensionReason: 'Tweede afdeling leren kennen', hoursPerWeek: 19, endDate: addDays('2026-03-02', 97) });
    expect(PlacementInput.safeParse(input).success).toBe(true);
    expect(draftToInput({ ...long, endDate: '2026-05-22' }, CLIENT).extensionReason).toBe('');
    expect(draftToInput({ ...draftFromPlacement(stored), kind: 'job_taster', endDate: '2026-03-06' }, CLIENT).securing).toBeNull();
  });

  it('sends a paid job without a wage as wage null, with trimmed texts', () => {
    const d = { ...draftFromPlacement(stored), securing: { ...draftFromPlacement(stored).securing, wageAmount: '', supportLevel: '  Licht ' } };
    expect(draftToInput(d, CLIENT).securing).toMatchObject({ wage: null, supportLevel: 'Licht', hoursPerWeek: 19.5 });
  });

  it('reads numbers with a comma or a point', () => {
    expect(parseNumber('19,5')).toBe(19.5);
    expect(parseNumber(' 38 ')).toBe(38);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('twintig')).toBeNaN();
    expect(parseNumber('-3')).toBeNaN();
  });
});

describe('draftIssues: what is refused before sending', () => {
  it('asks kind, employer, title and start date', () => {
    expect(draftIssues(emptyDraft()).map((i) => `${i.path}:${i.message}`)).toEqual(['kind:required', 'employerId:required', 'title:required', 'startDate:required']);
  });
  it('refuses a work experience placement longer than 12 weeks without a reason, at the reason', () => {
    const d = draft({ endDate: addDays('2026-03-02', 14 * 7 - 1) });
    expect(draftIssues(d)).toEqual([{ path: 'extensionReason', message: 'reason_required' }]);
    expect(draftIssues({ ...d, extensionReason: 'Tweede afdeling' })).toEqual([]);
  });
  it('refuses a job taster of 6 working days at the end date, and a missing end date except for a paid job', () => {
    expect(draftIssues(draft({ kind: 'job_taster', endDate: '2026-03-09' }))).toEqual([{ path: 'endDate', message: 'taster_too_long' }]);
    expect(draftIssues(draft({ endDate: '' }))).toEqual([{ path: 'endDate', message: 'end_date_required' }]);
    expect(draftIssues(draft({ kind: 'paid_job', endDate: '' }))).toEqual([]);
  });
  it('checks hours, the wage (paid job only) and text lengths', () => {
    expect(draftIssues(draft({ hours: '61' }))).toEqual([{ path: 'hoursPerWeek', message: 'hoursRange' }]);
    expect(draftIssues(draft({ hours: '19,555' }))).toEqual([{ path: 'hoursPerWeek', message: 'hoursRange' }]);
    const paid = draft({ kind: 'paid_job', endDate: '', securing: { ...emptyDraft().securing, wageAmount: '0' } });
    expect(draftIssues(paid)).toEqual([{ path: 'securing.wage.amount', message: 'wageRange' }]);
    expect(draftIssues({ ...paid, kind: 'exploratory_internship', endDate: '2026-03-13' })).toEqual([]);
    expect(draftIssues(draft({ agreement: { ...emptyDraft().agreement, goal: 'x'.repeat(4001) } }))).toEqual([{ path: 'agreement.goal', message: 'tooLong' }]);
  });
  it('finds the rule behind a server error from the draft', () => {
    expect(ruleProblemAt('endDate', draft({ kind: 'job_taster', endDate: '2026-03-09' }))).toBe('taster_too_long');
    expect(ruleProblemAt('extensionReason', draft({ endDate: addDays('2026-03-02', 97) }))).toBe('reason_required');
    expect(ruleProblemAt('endDate', draft({}))).toBeUndefined();
    expect(fieldOfPath('securing.hoursPerWeek')).toBe('hoursPerWeek');
    expect(fieldOfPath('securing.wage')).toBe('securing.wage.amount');
    expect(fieldOfPath('agreement.goal')).toBe('agreement.goal');
    expect(fieldOfPath('clientId')).toBeUndefined();
  });
});

describe('evaluations', () => {
  const evaluation: PlacementEvaluation = {
    id: '55555555-5555-4555-8555-555555555555', placementId: PLACEMENT, dueOn: '2026-04-02', heldOn: null, outcome: null,
    clientView: '', employerView: '', coachView: '', nextSteps: '', participants: '', automatic: true, version: 1,
    updatedAt: '2026-03-01T10:00:00Z', updatedBy: null,
  };
  it('says overdue, soon (within 7 days), planned or held', () => {
    expect(dueState(evaluation, '2026-04-03')).toBe('overdue');
    expect(dueState(evaluation, '2026-04-02')).toBe('soon');
    expect(dueState(evaluation, '2026-03-26')).toBe('soon');
    expect(dueState(evaluation, '2026-03-25')).toBe('planned');
    expect(dueState({ ...evaluation, heldOn: '2026-04-05' }, '2026-04-10')).toBe('held');
    expect(daysUntil('2026-04-02', '2026-03-31')).toBe(2);
  });
  it('records an evaluation held today by default, keeping its due date', () => {
    const d = evaluationDraft(evaluation, '2026-04-03');
    expect(d).toMatchObject({ dueOn: '2026-04-02', heldOn: '2026-04-03', outcome: '' });
    expect(evaluationIssues(d, '2026-04-03')).toEqual([{ path: 'outcome', message: 'required' }]);
    expect(evaluationIssues({ ...d, outcome: 'on_track', heldOn: '2026-04-04' }, '2026-04-03')).toEqual([{ path: 'heldOn', message: 'future' }]);
    expect(evaluationToInput({ ...d, outcome: 'on_track', clientView: ' Graag verder ' })).toEqual({
      dueOn: '2026-04-02', heldOn: '2026-04-03', outcome: 'on_track', clientView: 'Graag verder', employerView: '', coachView: '', nextSteps: '', participants: '',
    });
  });
});

const row = (status: Placement['status'], startDate: string, due: string | null, endDate: string | null = null) => ({ status, startDate, endDate, nextEvaluationDue: due });

describe('the overview block', () => {
  it('shows the ongoing placement first, else the next planned one', () => {
    const items = [row('ended', '2025-01-01', null, '2025-02-01'), row('planned', '2026-05-01', null, '2026-05-05'), row('ongoing', '2026-03-02', '2026-04-02')];
    expect(currentPlacement(items, '2026-03-10')).toBe(items[2]);
    expect(currentPlacement(items.slice(0, 2), '2026-03-10')).toBe(items[1]);
    expect(currentPlacement(items.slice(0, 1), '2026-03-10')).toBeNull();
  });
  it('gives the earliest evaluation due of placements that are not over', () => {
    expect(nextEvaluationDue([row('ongoing', '2026-03-02', '2026-04-02'), row('planned', '2026-05-01', '2026-03-20'), row('ended', '2025-01-01', '2025-01-02')])).toBe('2026-03-20');
    expect(nextEvaluationDue([])).toBeNull();
  });
});
