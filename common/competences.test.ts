import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CompetenceItem, COMPETENCE_GROUPS, COMPETENCE_ITEM_KEYS, COMPETENCE_ITEMS, SCALE, competenceGroupOf, competenceItemsOf, isCompetenceItem } from './competences.ts';
import {
  STARR_STEPS,
  competenceDefinition,
  competenceFormTexts,
  competenceGroupLabel,
  competenceLabel,
  scaleExplanation,
  scaleLabel,
  starrGuide,
} from './competences.labels.ts';
import { LOCALES } from './roles.ts';
import { COMPETENCE_NOTE_MAX, CompetenceProfileInput, CompetenceScores } from './schemas/competences.ts';

/** Item counts per group, counted on the forms of seed 002 (~1257–1338). */
const SEED_COUNTS = { physical: 15, sensory: 5, environment: 5, communication_cognitive: 5, key_skills: 27 };
/** Items whose entry in the "Handleiding vaardigheden" has no definition. */
const UNDEFINED_IN_SEED: CompetenceItem[] = [
  'arm_movements',
  'hand_finger_movements',
  'leg_foot_movements',
  'head_movements',
  'trunk_movements',
  'sitting',
  'standing',
  'climbing_stairs',
];

describe('competence catalogue', () => {
  it('has unique, stable snake_case keys', () => {
    expect(new Set(COMPETENCE_ITEM_KEYS).size).toBe(COMPETENCE_ITEMS.length);
    for (const key of COMPETENCE_ITEM_KEYS) expect(key).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(COMPETENCE_ITEM_KEYS).toEqual(COMPETENCE_ITEMS.map((i) => i.key));
  });

  it('has the 5 groups of the seed with its item counts, each group in one run', () => {
    expect(COMPETENCE_GROUPS).toEqual(Object.keys(SEED_COUNTS));
    for (const group of COMPETENCE_GROUPS) expect(competenceItemsOf(group)).toHaveLength(SEED_COUNTS[group]);
    expect(COMPETENCE_ITEMS).toHaveLength(57);
    const runs = COMPETENCE_ITEMS.map((i) => i.group).filter((g, i, all) => g !== all[i - 1]);
    expect(runs).toEqual([...COMPETENCE_GROUPS]);
  });

  it('answers the group of an item and whether a string is an item', () => {
    expect(competenceGroupOf('wearing_ppe')).toBe('environment');
    expect(isCompetenceItem('stress_resistance')).toBe(true);
    expect(isCompetenceItem('toString')).toBe(false);
  });

  it('has the 1–5 scale', () => {
    expect(SCALE).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(LOCALES)('has every text in %s', (locale) => {
    expect(COMPETENCE_ITEM_KEYS.filter((key) => !competenceLabel(key, locale).trim())).toEqual([]);
    const defined = COMPETENCE_ITEM_KEYS.filter((key) => competenceDefinition(key, locale)?.trim());
    expect(defined).toEqual(COMPETENCE_ITEM_KEYS.filter((key) => !UNDEFINED_IN_SEED.includes(key)));
    expect(UNDEFINED_IN_SEED.map((key) => competenceDefinition(key, locale))).toEqual(UNDEFINED_IN_SEED.map(() => undefined));
    for (const group of COMPETENCE_GROUPS) expect(competenceGroupLabel(group, locale)).toBeTruthy();
    for (const score of SCALE) {
      expect(scaleLabel(score, locale)).toBeTruthy();
      expect(scaleLabel(score, locale, true)).toBeTruthy();
    }
    for (const audience of ['job', 'client', 'client_easy'] as const) expect(scaleExplanation(audience, locale)).toBeTruthy();
    expect(Object.values(competenceFormTexts(locale)).every(Boolean)).toBe(true);
    const starr = starrGuide(locale);
    for (const step of STARR_STEPS) {
      expect(starr.steps[step].name).toBeTruthy();
      expect(starr.steps[step].description).toBeTruthy();
      expect(starr.steps[step].questions.length).toBeGreaterThan(0);
    }
    expect(starr.steps.situation.name[0]).toBe('S');
  });

  it('asks the client in easy language', () => {
    expect(scaleExplanation('client_easy', 'nl-BE')).toBe('Hoe goed kan je dit?');
    expect(scaleExplanation('client_easy', 'nl-NL')).toBe('Hoe goed kun je dit?');
  });
});

/** The part of seed 002 with the forms, the handbook of skills and STARR, copied verbatim (common/sources/README.md). */
const SEED = fileURLToPath(new URL('./sources/002-jobpepper-lines-1130-1645.txt', import.meta.url));

/** The text between two markers, whitespace collapsed (the PDF export breaks lines anywhere). */
function block(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`Seed block ${from}…${to} not found`);
  return text.slice(start, end).replace(/\s+/g, ' ');
}

/** Letters and digits only, lower case: survives the PDF's hyphenation and split ligatures ("effi ciënt"). */
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

describe('competence catalogue against seed 002', () => {
  const seed = readFileSync(SEED, 'utf8');
  const competenceForm = block(seed, 'COMPETENTIEPROFIEL', 'CAPACITEITENPROFIEL');
  const capacityForm = block(seed, 'CAPACITEITENPROFIEL', 'HANDLEIDING VAARDIGHEDEN');
  const handbookStart = seed.indexOf('HANDLEIDING VAARDIGHEDEN');
  const handbookRaw = seed.slice(handbookStart, seed.indexOf('2.2.4 Actie', handbookStart));
  const starrBlock = block(seed, 'STARR-methode (Situatie', 'Door de identieke opbouw');

  it.each([
    ['COMPETENTIEPROFIEL', () => competenceForm],
    ['CAPACITEITENPROFIEL', () => capacityForm],
  ])('the nl-BE labels are the items of the %s form, once each, in its order', (_name, form) => {
    const text = form();
    for (const group of COMPETENCE_GROUPS) expect(text).toContain(competenceGroupLabel(group, 'nl-BE'));
    // The form has two columns: the first four groups left, "Sleutelvaardigheden" right.
    const columns = [COMPETENCE_ITEMS.filter((i) => i.group !== 'key_skills'), competenceItemsOf('key_skills').map((key) => ({ key }))];
    const problems: string[] = [];
    for (const column of columns) {
      let at = 0;
      for (const { key } of column) {
        const entry = `${competenceLabel(key, 'nl-BE')} 1 2 3 4 5`;
        const occurrences = text.split(entry).length - 1;
        if (occurrences !== 1) problems.push(`${entry}: ${occurrences} times`);
        const found = text.indexOf(entry, at);
        if (found < 0) problems.push(`${entry}: not after the previous item`);
        else at = found + entry.length;
      }
    }
    expect(problems).toEqual([]);
    expect(text).toContain(competenceFormTexts('nl-BE').otherNotes);
  });

  it('explains the scale as the forms do', () => {
    const words = SCALE.map((s) => `${s}: ${scaleLabel(s, 'nl-BE')}`).join(' ');
    for (const form of [competenceForm, capacityForm]) expect(form.replace(/ {2,}/g, ' ')).toContain(words);
    expect(competenceForm).toContain(competenceFormTexts('nl-BE').scaleTitle);
    expect(competenceForm).toContain(scaleExplanation('job', 'nl-BE'));
    expect(capacityForm).toContain(scaleExplanation('client', 'nl-BE'));
  });

  it('has the definitions of the "Handleiding vaardigheden" and none where the seed has none', () => {
    const handbook = letters(handbookRaw);
    const lines = handbookRaw.split('\n').map((line) => line.trim().replace(/:$/, ''));
    const wrong = COMPETENCE_ITEM_KEYS.filter((key) => {
      const label = competenceLabel(key, 'nl-BE');
      const definition = competenceDefinition(key, 'nl-BE');
      // Without a definition, the seed has the label alone on its line (at most a bare colon).
      return definition ? !handbook.includes(letters(`${label}: ${definition}`)) : !lines.includes(label);
    });
    expect(wrong).toEqual([]);
  });

  it('has the STARR prompts of the seed', () => {
    const starr = starrGuide('nl-BE');
    const text = letters(starrBlock);
    const texts = STARR_STEPS.flatMap((step) => {
      const { name, description, questions } = starr.steps[step];
      return [`${name}: ${description}`, ...questions];
    });
    expect(texts.filter((t) => !text.includes(letters(t)))).toEqual([]);
    expect(letters(seed)).toContain(letters(starr.intro));
    expect(letters(seed)).toContain(letters(starr.tip));
  });
});

describe('CompetenceScores', () => {
  it('accepts a partial record of scores 1–5', () => {
    expect(CompetenceScores.parse({})).toEqual({});
    expect(CompetenceScores.parse({ arm_movements: 1, stress_resistance: 5 })).toEqual({ arm_movements: 1, stress_resistance: 5 });
    const all = Object.fromEntries(COMPETENCE_ITEM_KEYS.map((k) => [k, 3]));
    expect(CompetenceScores.parse(all)).toEqual(all);
  });

  it.each([
    ['an unknown key', { arm_movement: 3 }],
    ['a score of 0', { arm_movements: 0 }],
    ['a score of 6', { arm_movements: 6 }],
    ['a fraction', { arm_movements: 2.5 }],
    ['a string', { arm_movements: '3' }],
    ['null for not scored', { arm_movements: null }],
  ])('refuses %s', (_case, input) => {
    expect(CompetenceScores.safeParse(input).success).toBe(false);
  });
});

describe('CompetenceProfileInput', () => {
  it('fills the defaults', () => {
    expect(CompetenceProfileInput.parse({})).toEqual({ scores: {}, notes: {}, otherNotes: '' });
  });

  it('takes notes per item and the other remarks', () => {
    const input = { scores: { lifting: 2 }, notes: { lifting: 'Met tilhulp' }, otherNotes: ' Werkt liever vroeg. ' };
    expect(CompetenceProfileInput.parse(input)).toEqual({ ...input, otherNotes: 'Werkt liever vroeg.' });
  });

  it.each([
    ['a note on an unknown item', { notes: { liftin: 'x' } }],
    ['a note that is too long', { notes: { lifting: 'x'.repeat(COMPETENCE_NOTE_MAX + 1) } }],
    ['an unknown field', { remarks: '' }],
    ['a bad score', { scores: { lifting: 7 } }],
  ])('refuses %s', (_case, input) => {
    expect(CompetenceProfileInput.safeParse(input).success).toBe(false);
  });
});
