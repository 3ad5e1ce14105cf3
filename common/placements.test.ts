import { describe, expect, it } from 'vitest';
import { calendarDays, checkPlacementDates, firstEvaluationDue, needsEndDate, weeksBetween, workingDays, type PlacementDates } from './placements.ts';

const dates = (over: Partial<PlacementDates>): PlacementDates => ({ kind: 'work_experience', startDate: '2026-01-05', endDate: null, extensionReason: '', ...over });

describe('working days and weeks', () => {
  it.each([
    ['2026-01-05', '2026-01-09', 5, 5], // Monday to Friday
    ['2026-01-05', '2026-01-11', 7, 5], // Monday to Sunday: the weekend does not count
    ['2026-01-09', '2026-01-12', 4, 2], // Friday to Monday
    ['2026-01-10', '2026-01-11', 2, 0], // a weekend
    ['2026-01-05', '2026-01-05', 1, 1], // one day
    ['2026-01-05', '2026-01-16', 12, 10], // two weeks
    ['2026-01-06', '2026-01-05', 0, 0], // end before start
    ['2024-02-26', '2024-03-04', 8, 6], // over a leap day (Thursday 29 February)
  ])('%s to %s: %i calendar days, %i working days', (start, end, calendar, working) => {
    expect(Math.max(0, calendarDays(start, end))).toBe(calendar);
    expect(workingDays(start, end)).toBe(working);
  });

  it('counts weeks with the end date included, across a change of daylight saving time', () => {
    expect(weeksBetween('2026-01-05', '2026-03-29')).toBe(12); // 84 days
    expect(weeksBetween('2026-03-02', '2026-05-24')).toBe(12); // the clocks go forward on 29 March
    expect(weeksBetween('2026-01-05', '2026-01-11')).toBe(1);
    expect(weeksBetween('2026-01-05', '2026-01-12')).toBeCloseTo(8 / 7);
  });
});

describe('the first evaluation of a paid job', () => {
  it.each([
    ['2026-01-15', '2026-02-15'],
    ['2026-01-31', '2026-02-28'], // February is shorter: its last day
    ['2028-01-31', '2028-02-29'], // a leap year
    ['2026-03-31', '2026-04-30'],
    ['2026-12-15', '2027-01-15'], // into the next year
    ['2026-12-31', '2027-01-31'],
    ['2026-02-28', '2026-03-28'],
  ])('starting %s is due %s', (start, due) => {
    expect(firstEvaluationDue(start)).toBe(due);
  });
});

describe('checkPlacementDates', () => {
  it('needs an end date except for a paid job', () => {
    expect(needsEndDate('paid_job')).toBe(false);
    for (const kind of ['job_taster', 'work_experience', 'exploratory_internship'] as const) {
      expect(checkPlacementDates(dates({ kind })).problems).toEqual(['end_date_required']);
    }
    expect(checkPlacementDates(dates({ kind: 'paid_job' }))).toEqual({ problems: [], warnings: [] });
  });

  it('refuses an end before the start, for every kind', () => {
    for (const kind of ['job_taster', 'work_experience', 'exploratory_internship', 'paid_job'] as const) {
      expect(checkPlacementDates(dates({ kind, startDate: '2026-01-05', endDate: '2026-01-04' }))).toEqual({ problems: ['end_before_start'], warnings: [] });
    }
  });

  it.each([
    ['2026-01-05', '2026-01-09', []], // Monday to Friday: 5 working days
    ['2026-01-07', '2026-01-13', []], // Wednesday to Tuesday over a weekend: 5 working days
    ['2026-01-05', '2026-01-05', []], // one day
    ['2026-01-05', '2026-01-12', ['taster_too_long']], // 6 working days
    ['2026-01-07', '2026-01-14', ['taster_too_long']], // Wednesday to Wednesday: 6
    ['2026-01-05', '2026-02-27', ['taster_too_long']],
  ])('a job taster from %s to %s: %j', (startDate, endDate, problems) => {
    expect(checkPlacementDates(dates({ kind: 'job_taster', startDate, endDate }))).toEqual({ problems, warnings: [] });
  });

  it.each([
    ['2026-03-01', [], []], // 8 weeks exactly (56 days)
    ['2026-03-29', [], []], // 12 weeks exactly
    ['2026-02-28', ['shorter_than_8_weeks'], []], // a day short of 8 weeks
    ['2026-01-18', ['shorter_than_8_weeks'], []],
    ['2026-03-30', ['longer_than_12_weeks'], ['reason_required']], // a day over 12 weeks
    ['2026-04-05', ['longer_than_12_weeks'], ['reason_required']], // 13 weeks
  ])('work experience from 2026-01-05 to %s: warnings %j, problems %j', (endDate, warnings, problems) => {
    expect(checkPlacementDates(dates({ endDate }))).toEqual({ problems, warnings });
  });

  it('accepts a work experience placement over 12 weeks with a reason, and keeps the warning', () => {
    expect(checkPlacementDates(dates({ endDate: '2026-04-05', extensionReason: 'Opleiding heftruck loopt tot april' }))).toEqual({ problems: [], warnings: ['longer_than_12_weeks'] });
    expect(checkPlacementDates(dates({ endDate: '2026-04-05', extensionReason: '   ' })).problems).toEqual(['reason_required']);
  });

  it('puts no length limit on an exploratory internship or a paid job', () => {
    expect(checkPlacementDates(dates({ kind: 'exploratory_internship', endDate: '2026-12-31' }))).toEqual({ problems: [], warnings: [] });
    expect(checkPlacementDates(dates({ kind: 'paid_job', endDate: '2027-12-31' }))).toEqual({ problems: [], warnings: [] });
  });
});
