import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchReason } from '../../../../common/matching.ts';
import { LOCALES, type Locale } from '../../../../common/roles.ts';
import { groupReasons, lacksRequirements, listOf, maxScore, reasonGroup, reasonText, signedPoints, type Translate } from './reasons.ts';
import { messages } from './messages.ts';

const i18n = i18next.createInstance();
const t: Record<Locale, Translate> = {} as Record<Locale, Translate>;

beforeAll(async () => {
  await i18n.init({
    resources: Object.fromEntries(LOCALES.map((l) => [l, { matching: messages[l] }])),
    lng: 'nl-BE', ns: ['matching'], defaultNS: 'matching', interpolation: { escapeValue: false }, showSupportNotice: false,
  });
  for (const l of LOCALES) t[l] = i18n.getFixedT(l, 'matching') as Translate;
});

const words = (r: MatchReason, locale: Locale = 'nl-BE') => reasonText(r, t[locale], locale);

/** One reason of every code and every constraint, with what each locale must say. */
const CASES: { name: string; reason: MatchReason; nl: string; en: string }[] = [
  {
    name: 'conflict hours (exclude)',
    reason: { code: 'conflict', constraint: 'hours', effect: 'exclude', points: 0, hoursPerWeek: 30, maxHoursPerWeek: 24 },
    nl: 'Uitgesloten: 30 u/week, max. 24 u',
    en: 'Excluded: 30 h/week, max. 24 h',
  },
  {
    name: 'conflict hours with decimals (flag)',
    reason: { code: 'conflict', constraint: 'hours', effect: 'flag', points: -10, hoursPerWeek: 19.5, maxHoursPerWeek: 18 },
    nl: 'Aandachtspunt: 19,5 u/week, max. 18 u (−10 punten)',
    en: 'Point of attention: 19.5 h/week, max. 18 h (−10 points)',
  },
  {
    name: 'conflict schedule',
    reason: { code: 'conflict', constraint: 'schedule', effect: 'exclude', points: 0, missingDays: ['sat'], missingShifts: ['late', 'weekend'] },
    nl: 'Uitgesloten: niet beschikbaar op zaterdag, late dienst en weekendwerk',
    en: 'Excluded: not available on Saturday, late shift, and weekend work',
  },
  {
    name: 'conflict distance',
    reason: { code: 'conflict', constraint: 'distance', effect: 'exclude', points: 0, km: 31.4, maxKm: 20 },
    nl: 'Uitgesloten: 31,4 km in vogelvlucht, max. 20 km',
    en: 'Excluded: 31.4 km as the crow flies, max. 20 km',
  },
  {
    name: 'conflict contract (flag)',
    reason: { code: 'conflict', constraint: 'contract', effect: 'flag', points: -10, contract: 'fixed_term', accepted: ['permanent'] },
    nl: 'Aandachtspunt: contract van bepaalde duur, aanvaardt alleen onbepaalde duur (−10 punten)',
    en: 'Point of attention: fixed term contract, accepts only permanent (−10 points)',
  },
  {
    name: 'conflict environment',
    reason: { code: 'conflict', constraint: 'environment', effect: 'exclude', points: 0, tags: ['cold', 'noisy'] },
    nl: 'Uitgesloten: werkomgeving die de kandidaat uitsluit: koude en lawaai',
    en: 'Excluded: a work environment the candidate excludes: cold and noise',
  },
  {
    name: 'distance near the limit',
    reason: { code: 'distance_near_limit', km: 17.2, maxKm: 20, points: -2 },
    nl: 'Afstand 17,2 km in vogelvlucht, dicht bij het maximum van 20 km: controleer de echte reisweg (−2 punten)',
    en: 'Distance 17.2 km as the crow flies, close to the maximum of 20 km: check the real journey (−2 points)',
  },
  {
    name: 'distance',
    reason: { code: 'distance', km: 12.3, maxKm: 20 },
    nl: 'Afstand 12,3 km (max. 20 km)',
    en: 'Distance 12.3 km (max. 20 km)',
  },
  {
    name: 'distance without a maximum',
    reason: { code: 'distance', km: 0, maxKm: null },
    nl: 'Afstand 0 km (geen maximum opgegeven)',
    en: 'Distance 0 km (no maximum stated)',
  },
  {
    name: 'not stated: hours',
    reason: { code: 'not_stated', constraint: 'hours' },
    nl: 'Uren niet gecontroleerd: geen maximum aantal uren opgegeven',
    en: 'Hours not checked: no maximum hours stated',
  },
  {
    name: 'not stated: schedule',
    reason: { code: 'not_stated', constraint: 'schedule' },
    nl: 'Rooster niet gecontroleerd: beschikbare dagen of diensten niet opgegeven',
    en: 'Schedule not checked: available days or shifts not stated',
  },
  {
    name: 'not stated: distance',
    reason: { code: 'not_stated', constraint: 'distance' },
    nl: 'Afstand niet gecontroleerd: woonplaats of maximale reisafstand niet opgegeven',
    en: 'Distance not checked: home or maximum travel distance not stated',
  },
  {
    name: 'no requirements',
    reason: { code: 'no_requirements' },
    nl: 'Geen vereiste niveaus in het competentieprofiel: niemand krijgt competentiepunten',
    en: 'No required levels in the competence profile: nobody gets competence points',
  },
  {
    name: 'fit',
    reason: { code: 'fit', item: 'punctuality', required: 2, capacity: 3 },
    nl: 'Stiptheid: vereist 2, kan 3',
    en: 'Punctuality: requires 2, can 3',
  },
  {
    name: 'significant gap closable by an adaptation',
    reason: { code: 'gap', item: 'lifting', required: 4, capacity: 2, shortfall: 2, significant: true, closableBy: 'adaptation' },
    nl: 'Heffen / tillen: vereist 4, kan 2 — tekort 2 (belangrijk), te overbruggen met een aanpassing',
    en: 'Lifting: requires 4, can 2 — short by 2 (significant), could be bridged with an adaptation',
  },
  {
    name: 'small gap closable by training',
    reason: { code: 'gap', item: 'accuracy', required: 3, capacity: 2, shortfall: 1, significant: false, closableBy: 'training' },
    nl: 'Nauwkeurigheid: vereist 3, kan 2 — tekort 1, te overbruggen met een opleiding',
    en: 'Accuracy: requires 3, can 2 — short by 1, could be bridged with training',
  },
  {
    name: 'significant gap nothing closes',
    reason: { code: 'gap', item: 'lifting', required: 4, capacity: 2, shortfall: 2, significant: true, closableBy: null },
    nl: 'Heffen / tillen: vereist 4, kan 2 — tekort 2 (belangrijk), niets aangeduid om het te overbruggen',
    en: 'Lifting: requires 4, can 2 — short by 2 (significant), nothing marked to bridge it',
  },
  {
    name: 'small gap nothing closes',
    reason: { code: 'gap', item: 'reading', required: 2, capacity: 1, shortfall: 1, significant: false, closableBy: null },
    nl: 'Lezen: vereist 2, kan 1 — tekort 1',
    en: 'Reading: requires 2, can 1 — short by 1',
  },
  {
    name: 'gap closable by coaching',
    reason: { code: 'gap', item: 'reading', required: 3, capacity: 2, shortfall: 1, significant: false, closableBy: 'coaching' },
    nl: 'Lezen: vereist 3, kan 2 — tekort 1, te overbruggen met coaching',
    en: 'Reading: requires 3, can 2 — short by 1, could be bridged with coaching',
  },
  {
    name: 'unassessed',
    reason: { code: 'unassessed', item: 'standing', required: 4 },
    nl: 'Staan: vereist 4, nog niet gescoord',
    en: 'Standing: requires 4, not scored yet',
  },
  {
    name: 'occupation exact',
    reason: { code: 'occupation', level: 'exact', desiredCode: '9334.1', vacancyCode: '9334.1', points: 20 },
    nl: 'Gewenste job: hetzelfde beroep (9334.1) (+20 punten)',
    en: 'Desired job: the same occupation (9334.1) (+20 points)',
  },
  {
    name: 'occupation isco4',
    reason: { code: 'occupation', level: 'isco4', desiredCode: '9334.2', vacancyCode: '9334.1', points: 14 },
    nl: 'Gewenste job 9334.2 in dezelfde beroepengroep als 9334.1 (+14 punten)',
    en: 'Desired job 9334.2 in the same occupation group as 9334.1 (+14 points)',
  },
  {
    name: 'occupation isco3',
    reason: { code: 'occupation', level: 'isco3', desiredCode: '9333.8', vacancyCode: '9334.1', points: 8 },
    nl: 'Gewenste job 9333.8 in een verwante beroepengroep van 9334.1 (+8 punten)',
    en: 'Desired job 9333.8 in a related occupation group of 9334.1 (+8 points)',
  },
  {
    name: 'occupation isco2',
    reason: { code: 'occupation', level: 'isco2', desiredCode: '9312.1', vacancyCode: '9334.1', points: 4 },
    nl: 'Gewenste job 9312.1 in hetzelfde beroepsdomein als 9334.1 (+4 punten)',
    en: 'Desired job 9312.1 in the same occupational field as 9334.1 (+4 points)',
  },
  {
    name: 'tasks',
    reason: { code: 'tasks', matched: ['kassa', 'vakken vullen'], total: 3, points: 8 },
    nl: 'Gewenste taken: kassa en vakken vullen (2 van 3) (+8 punten)',
    en: 'Desired tasks: kassa and vakken vullen (2 of 3) (+8 points)',
  },
  {
    name: 'environment',
    reason: { code: 'environment', matched: ['indoor'], preferred: 2, points: 4 },
    nl: 'Gewenste werkomgeving: binnen (1 van 2 voorkeuren) (+4 punten)',
    en: 'Desired work environment: indoors (1 of 2 preferences) (+4 points)',
  },
];

describe('reasonText', () => {
  it.each(CASES)('$name', ({ reason, nl, en }) => {
    expect(words(reason, 'nl-BE')).toBe(nl);
    expect(words(reason, 'en')).toBe(en);
    const nlNL = words(reason, 'nl-NL');
    expect(nlNL).not.toMatch(/reasons\.|vocab\./);
    expect(nlNL.length).toBeGreaterThan(10);
  });

  it('covers every code and every constraint', () => {
    const codes = new Set(CASES.map((c) => c.reason.code));
    expect([...codes].toSorted()).toEqual(
      ['conflict', 'distance', 'distance_near_limit', 'environment', 'fit', 'gap', 'no_requirements', 'not_stated', 'occupation', 'tasks', 'unassessed'].toSorted(),
    );
    const constraints = new Set(CASES.flatMap((c) => (c.reason.code === 'conflict' ? [c.reason.constraint] : [])));
    expect(constraints.size).toBe(5);
  });

  it('words nl-NL in its own words where they differ', () => {
    const temp: MatchReason = { code: 'conflict', constraint: 'contract', effect: 'exclude', points: 0, contract: 'temp_agency', accepted: ['permanent'] };
    expect(words(temp, 'nl-BE')).toBe('Uitgesloten: contract van interim, aanvaardt alleen onbepaalde duur');
    expect(words(temp, 'nl-NL')).toBe('Uitgesloten: contract van uitzendwerk, aanvaardt alleen onbepaalde duur');
  });
});

describe('helpers', () => {
  it('signs points with a real minus and one decimal', () => {
    expect(signedPoints(-10, 'nl-BE')).toBe('−10');
    expect(signedPoints(14, 'nl-BE')).toBe('+14');
    expect(signedPoints(7.25, 'en')).toBe('+7.3');
    expect(signedPoints(0, 'en')).toBe('0');
  });

  it('lists in the language', () => {
    expect(listOf(['a', 'b', 'c'], 'nl-BE')).toBe('a, b en c');
    expect(listOf(['a'], 'en')).toBe('a');
  });

  it('groups the reasons, keeping their order', () => {
    const reasons = CASES.map((c) => c.reason);
    const groups = groupReasons(reasons);
    expect(groups.conflicts.map((r) => r.code)).toEqual([
      'conflict', 'conflict', 'conflict', 'conflict', 'conflict', 'conflict', 'distance_near_limit', 'distance', 'distance', 'not_stated', 'not_stated', 'not_stated',
    ]);
    expect(groups.gaps.map((r) => r.code)).toEqual(['no_requirements', 'gap', 'gap', 'gap', 'gap', 'gap', 'unassessed']);
    expect(groups.fits.map((r) => r.code)).toEqual(['fit']);
    expect(groups.preferences.map((r) => r.code)).toEqual(['occupation', 'occupation', 'occupation', 'occupation', 'tasks', 'environment']);
    expect(reasonGroup({ code: 'fit', item: 'lifting', required: 2, capacity: 2 })).toBe('fits');
  });

  it('knows the highest score of the weights', () => {
    const w = {
      competence: 60, closableCredit: 0.5, significantGapPenalty: 5, occupation: { exact: 20, isco4: 14, isco3: 8, isco2: 4 }, tasks: 12, environment: 8,
      constraints: { hours: 'exclude', schedule: 'exclude', distance: 'exclude', contract: 'flag', environment: 'exclude' } as const,
      flagPenalty: 10, distanceNearLimitShare: 0.8, distanceNearLimitPenalty: 2,
    };
    expect(maxScore(w)).toBe(100);
    expect(maxScore({ ...w, occupation: { exact: 5, isco4: 30, isco3: 0, isco2: 0 } })).toBe(110);
  });

  it('sees an empty competence profile only when every result says so', () => {
    const none = { reasons: [{ code: 'no_requirements' } as MatchReason] };
    const some = { reasons: [{ code: 'fit', item: 'lifting', required: 2, capacity: 2 } as MatchReason] };
    expect(lacksRequirements([none, none])).toBe(true);
    expect(lacksRequirements([none, some])).toBe(false);
    expect(lacksRequirements([])).toBe(false);
  });
});
