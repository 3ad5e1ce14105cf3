import { describe, expect, it } from 'vitest';
import { CONSENT_PURPOSES, DATA_CATEGORIES } from '../../../../common/consent.ts';
import { LOCALES } from '../../../../common/roles.ts';
import { categoryLabel, categoryList, formatDay, purposeLabel, upperFirst } from './labels.ts';

describe('category and purpose labels', () => {
  it.each(LOCALES)('%s: every category and purpose has a coach and a plain name, all different', (locale) => {
    for (const wording of ['coach', 'plain'] as const) {
      const cats = DATA_CATEGORIES.map((c) => categoryLabel(c, locale, wording));
      const purposes = CONSENT_PURPOSES.map((p) => purposeLabel(p, locale, wording));
      for (const s of [...cats, ...purposes]) expect(s.trim()).not.toBe('');
      expect(new Set(cats).size).toBe(cats.length);
      expect(new Set(purposes).size).toBe(purposes.length);
    }
  });

  it('uses the seed’s Dutch terms for coaches and plain words for clients', () => {
    expect(categoryLabel('vocational_profile', 'nl-BE')).toBe('Beroepsgericht profiel');
    expect(categoryLabel('vocational_profile', 'nl-BE', 'plain')).toBe('je beroepsprofiel');
    expect(purposeLabel('job_finding', 'nl-BE', 'plain')).toBe('om werk voor je te zoeken');
    expect(categoryLabel('benefits', 'nl-NL')).toBe('Uitkeringen, toeslagen en pensioen');
    expect(categoryLabel('health', 'en')).toBe('Health and disability');
  });

  it('falls back to nl-BE for an unknown language and shows unknown codes as they are', () => {
    expect(categoryLabel('identity', 'fr')).toBe('Identiteit en contactgegevens');
    expect(categoryLabel('future_category', 'en')).toBe('future_category');
  });

  it('lists categories in the dossier’s order as one phrase', () => {
    expect(categoryList(['vocational_profile', 'identity'], 'nl-BE', 'plain')).toBe('je naam en contactgegevens en je beroepsprofiel');
    expect(categoryList(['vocational_profile', 'identity'], 'nl-BE')).toBe('Identiteit en contactgegevens en beroepsgericht profiel');
    expect(categoryList(['identity', 'vocational_profile', 'notes'], 'en', 'plain')).toBe('your name and contact details, your job profile, and the notes of your meetings and your appointments');
    expect(categoryList([], 'nl-BE', 'plain')).toBe('geen gegevens uit je dossier');
  });

  it('writes a calendar date the same everywhere', () => {
    expect(formatDay('2027-05-12', 'nl-BE')).toBe('12 mei 2027');
    expect(formatDay('2027-05-12', 'en')).toBe('May 12, 2027');
    expect(upperFirst('je beroepsprofiel')).toBe('Je beroepsprofiel');
  });
});
