import { describe, expect, it } from 'vitest';
import { formatPartialDate, pick } from './format.ts';

describe('formatPartialDate', () => {
  it.each([
    ['2019', 'nl-BE', '2019'],
    ['2019-09', 'nl-BE', 'september 2019'],
    ['2019-09-01', 'nl-BE', '1 september 2019'],
    ['2019-09', 'en', 'September 2019'],
    ['sometime', 'nl-BE', 'sometime'],
  ])('%s in %s → %s', (value, locale, expected) => {
    expect(formatPartialDate(value, locale)).toBe(expected);
  });
});

const t = (key: string, options?: Record<string, unknown>) => (key.startsWith('easy.') ? `E:${key}` : String(options?.defaultValue ?? key));

describe('pick', () => {
  it('takes the plain-language twin when easy', () => {
    expect(pick(t, true)('sections.health')).toBe('E:easy.sections.health');
    expect(pick(t, false)('sections.health')).toBe('sections.health');
  });
});
