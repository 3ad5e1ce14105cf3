import { describe, expect, it } from 'vitest';
import { normaliseLabel } from './normalise.ts';

describe('normaliseLabel', () => {
  it.each([
    ['Kassière', 'kassiere'],
    ['KASSIERE', 'kassiere'],
    ['inspiciënt', 'inspicient'],
    ['Café-uitbater', 'cafe-uitbater'],
    ['ĳzervlechter', 'ijzervlechter'],
    ['  heftruck   chauffeur ', 'heftruck chauffeur'],
    ['Ærø', 'ærø'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseLabel(input)).toBe(expected);
  });
});
