import { describe, expect, it } from 'vitest';
import { evaluationIssues } from './evaluation.ts';
import { evaluationState, formatDay, isCalendarDay, pick, todayIso } from './format.ts';
import { messages } from './messages.ts';

describe('dates', () => {
  it('formats a calendar day without shifting it by the time zone', () => {
    expect(formatDay('2025-03-04', 'nl-BE')).toBe('4 maart 2025');
    expect(formatDay('2025-12-31', 'en')).toMatch(/31 December 2025|December 31, 2025/);
    expect(formatDay('not a date', 'nl-BE')).toBe('not a date');
  });

  it('knows real calendar days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('0000-01-01')).toBe(false);
    expect(isCalendarDay('2025-1-01')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
  });

  it('gives today in the local calendar', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('evaluationState', () => {
  const agreed = { status: 'agreed' as const, followUpDate: '2025-04-01', evaluation: null };
  it.each([
    ['a draft is not evaluated', { ...agreed, status: 'draft' as const }, '2025-05-01', 'none'],
    ['before the follow-up date: early', agreed, '2025-03-31', 'early'],
    ['on the follow-up date: due', agreed, '2025-04-01', 'due'],
    ['after it: due', agreed, '2025-06-01', 'due'],
    ['recorded: done', { ...agreed, evaluation: {} }, '2025-03-01', 'done'],
  ])('%s', (_name, plan, today, expected) => {
    expect(evaluationState(plan, today)).toBe(expected);
  });
});

describe('evaluationIssues', () => {
  const ok = { evaluatedOn: '2025-03-10', outcome: 'continue', nextStep: '', participants: '', items: [{ status: 'done' as const, result: '' }] };
  it.each([
    ['valid', {}, []],
    ['no outcome', { outcome: '' }, [{ path: 'outcome', message: 'required' }]],
    ['before the plan', { evaluatedOn: '2025-02-01' }, [{ path: 'evaluatedOn', message: 'beforePlan' }]],
    ['in the future', { evaluatedOn: '2025-03-21' }, [{ path: 'evaluatedOn', message: 'future' }]],
    ['not a date', { evaluatedOn: '' }, [{ path: 'evaluatedOn', message: 'date' }]],
    ['a long result', { items: [{ status: 'done' as const, result: 'x'.repeat(1001) }] }, [{ path: 'items.0.result', message: 'tooLong' }]],
  ])('%s', (_name, patch, expected) => {
    expect(evaluationIssues({ ...ok, ...patch }, '2025-03-01', '2025-03-20')).toEqual(expected);
  });
});

describe('labels', () => {
  const nl = messages['nl-BE'] as Record<string, Record<string, unknown>>;
  const lookup = (key: string, easy = false) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], easy ? nl.easy : nl);
  // A minimal t: the catalogue's string, or the defaultValue i18next would use.
  const t = (key: string, options?: Record<string, unknown>) => {
    const found = key.startsWith('easy.') ? lookup(key.slice(5), true) : lookup(key);
    return typeof found === 'string' ? found : String(options?.defaultValue ?? key);
  };

  it('has the seed form\'s Dutch labels and a text for every status', () => {
    expect(['what', 'how', 'who', 'when', 'results'].map((k) => t(`view.${k}`))).toEqual(['Wat', 'Hoe', 'Wie (verantwoordelijke)', 'Wanneer', 'Resultaten met commentaren']);
    expect(t('view.providerName')).toBe('SE-dienstverlener');
    expect(['open', 'in_progress', 'done', 'dropped'].map((s) => t(`itemStatus.${s}`))).toEqual(['Nog te doen', 'Bezig', 'Gedaan', 'Geschrapt']);
  });

  it('picks the plain-language twin for the client, and falls back to the coach\'s text', () => {
    expect(pick(t, true)('roles.coach')).toBe('Je jobcoach');
    expect(pick(t, false)('roles.coach')).toBe('Jobcoach');
    expect(pick(t, true)('page.pdf')).toBe('PDF van versie {{number}}');
  });
});
