import type { Locale } from './roles.ts';
import type { CompetenceGroup, CompetenceItem, Score } from './competences.ts';
import { EN } from './competences.labels.en.ts';

/**
 * Words of the competence and capacity profiles per locale. nl-BE is the seed's own text
 * (seed 002: forms ~1257–1422, "Handleiding vaardigheden" ~1423–1640, STARR ~1139–1166);
 * nl-NL differs only where Dutch-Dutch words it otherwise; en is a translation.
 *
 * Definitions are the seed's with the PDF's line-break hyphens and split ligatures
 * ("afl eiden", "effi ciënt") mended and one stray comma dropped ("(gasmasker, ,..)").
 * The seed gives no definition for 8 physical items (Armbewegingen, Hand- en
 * vingerbewegingen, Been- en voetbewegingen, Hoofdbewegingen, Rompbewegingen, Zitten, Staan,
 * and "Trappen bestijgen / afdalen", whose colon is followed by nothing): they have none here.
 */

export interface CompetenceText {
  label: string;
  /** The seed's definition; absent where the seed has none. */
  definition?: string;
}

/** Which text explains the scale: the job's requirement, the client's mastery, or the client's own easy-language view. */
export type ScaleAudience = 'job' | 'client' | 'client_easy';

/** The steps of the STARR method of the behavioural interview (002:~1139). */
export const STARR_STEPS = ['situation', 'task', 'action', 'result', 'reflection'] as const;
export type StarrStep = (typeof STARR_STEPS)[number];

export interface StarrPrompt {
  name: string;
  /** What the step asks about, in the seed's words. */
  description: string;
  /** The seed's example questions, worked out for stress resistance. */
  questions: readonly string[];
}

export interface StarrGuide {
  title: string;
  intro: string;
  /** The capacity the example questions are about. */
  exampleItem: CompetenceItem;
  steps: Record<StarrStep, StarrPrompt>;
  /** Begin with strengths: 002:~1164. */
  tip: string;
}

/** Every text of the profiles in one locale. */
export interface CompetenceCatalogue {
  groups: Record<CompetenceGroup, string>;
  items: Record<CompetenceItem, CompetenceText>;
  forms: { competenceProfile: string; capacityProfile: string; otherNotes: string; scaleTitle: string };
  scale: Record<Score, string>;
  scaleEasy: Record<Score, string>;
  scaleExplanation: Record<ScaleAudience, string>;
  starr: StarrGuide;
}

const NL_BE: CompetenceCatalogue = {
  groups: {
    physical: 'Fysieke vaardigheden',
    sensory: 'Zintuiglijke vaardigheden',
    environment: 'Omgevingsfactoren',
    communication_cognitive: 'Communicatieve en cognitieve vaardigheden',
    key_skills: 'Sleutelvaardigheden',
  },
  items: {
    arm_movements: { label: 'Armbewegingen' },
    hand_finger_movements: { label: 'Hand- en vingerbewegingen' },
    fine_motor_skills: { label: 'Fijne motorische vaardigheden', definition: 'het vermogen om voorwerpen vast te houden en / of te manipuleren dmv pols- en vingerbewegingen.' },
    leg_foot_movements: { label: 'Been- en voetbewegingen' },
    head_movements: { label: 'Hoofdbewegingen' },
    trunk_movements: { label: 'Rompbewegingen' },
    reaction_speed: { label: 'Reactiesnelheid', definition: 'de snelheid waarmee men kan reageren op een bepaalde situatie.' },
    endurance: { label: 'Uithoudingsvermogen', definition: 'volhouden van de werkuitvoering gedurende een vereiste periode.' },
    sitting: { label: 'Zitten' },
    standing: { label: 'Staan' },
    squatting: { label: 'Hurken', definition: 'met gebogen knieën laag bij de grond kunnen zitten.' },
    walking: { label: 'Stappen', definition: 'zich te voet kunnen voortbewegen.' },
    climbing_stairs: { label: 'Trappen bestijgen / afdalen' },
    lifting: { label: 'Heffen / tillen', definition: 'lasten kunnen heffen of tillen.' },
    carrying: { label: 'Dragen', definition: 'lasten kunnen dragen.' },
    seeing: { label: 'Zien', definition: 'beelden (zowel stilstaand als bewegend) kunnen waarnemen en er betekenis kunnen aan geven.' },
    hearing: { label: 'Horen', definition: 'geluiden kunnen waarnemen en er betekenis kunnen aan geven.' },
    smelling: { label: 'Ruiken', definition: 'geuren kunnen waarnemen en er betekenis kunnen aan geven.' },
    balance: { label: 'Evenwichtsgevoel', definition: 'het vermogen om rechtop te staan en te bewegen zonder te vallen.' },
    tactile_perception: { label: 'Tactiele perceptie', definition: 'herkennen en betekenis kunnen geven aan hetgeen men voelt.' },
    working_in_daylight: {
      label: 'Werken onder daglicht',
      definition: 'mits het dragen van eventuele beschermingsmiddelen (zonnebril, hoofddeksel,…), kunnen werken in dag- of zonlicht; niet allergisch zijn voor dag- of zonlicht.',
    },
    working_in_noise: { label: 'Werken in lawaai', definition: 'mits het dragen van eventuele oorbeschermingsmiddelen kunnen werken in een lawaaierige omgeving.' },
    working_with_gases_fumes: {
      label: 'Werken met gassen en dampen',
      definition: 'mits het dragen van eventuele beschermingsmiddelen (gasmasker,…) kunnen werken in een omgeving waar veel dampen of gassen aanwezig zijn.',
    },
    working_with_dust_liquids: {
      label: 'Werken met (vloei)stoffen',
      definition: 'mits het dragen van eventuele beschermingsmiddelen (stofmasker,…) kunnen werken in een omgeving met veel stof of waar gewerkt wordt met bijtende / giftige vloeistoffen.',
    },
    wearing_ppe: { label: 'Dragen PBM’s', definition: 'verplichte persoonlijke beschermingsmiddelen (veiligheidshelm, -bril, -schoenen,…) kunnen dragen.' },
    oral_expression: { label: 'Mondelinge uitdrukking', definition: 'informatie mondeling zodanig kunnen overbrengen, dat het publiek, voor wie de informatie bedoeld is, deze begrijpt.' },
    reading: { label: 'Lezen', definition: 'begrijpen van schriftelijke informatie.' },
    writing: { label: 'Schrijven', definition: 'schriftelijk kunnen vastleggen van informatie.' },
    numeracy: { label: 'Rekenen', definition: 'begrijpen van (relaties tussen) getallen en kunnen toepassen van de rekenkundige basisbewerkingen.' },
    memory: { label: 'Geheugen', definition: 'in staat zijn om relevante informatie op te nemen, te onthouden, en op het juiste moment weer op te roepen.' },
    attention: { label: 'Aandacht', definition: 'zich selectief kunnen richten op het uit te voeren takenpakket.' },
    concentration: { label: 'Concentratie', definition: 'aan het werk blijven zonder zich te laten afleiden door dingen in de omgeving of door eigen gedachten.' },
    sense_of_responsibility: {
      label: 'Verantwoordelijkheidszin',
      definition: 'de algemeen geldende (leef)regels volgen en de gevolgen van het niet-naleven ervan realistisch kunnen inschatten.',
    },
    perseverance: { label: 'Doorzettingsvermogen', definition: 'bij een moeilijke taak of tegenslag, toch blijven doorwerken tot het doel bereikt is.' },
    flexibility: { label: 'Flexibiliteit', definition: 'de eigen werkwijze of de uitvoering van het werk kunnen aanpassen aan wisselende omstandigheden of taken.' },
    work_pace: { label: 'Werktempo', definition: 'aan een snelheid kunnen werken die in verhouding staat tot de vastgelegde norm.' },
    interpersonal_skills: {
      label: 'Contactvaardigheid',
      definition: 'kunnen aangaan en onderhouden van contacten met anderen (met collega’s maar bijvoorbeeld ook met klanten).',
    },
    self_checking: { label: 'Kritische controle', definition: 'de juistheid van het eigen handelen kunnen controleren en beoordelen.' },
    handling_criticism: { label: 'Omgaan met kritiek', definition: 'openstaan voor en goed kunnen gevolg geven aan opmerkingen of kritiek.' },
    frustration_tolerance: { label: 'Frustratietolerantie', definition: 'normale tegenslagen kunnen opvangen zodat deze het gemoed niet aantasten.' },
    punctuality: { label: 'Stiptheid', definition: 'zich houden aan begin- en eindtijden, pauzes en gemaakte afspraken.' },
    accuracy: { label: 'Nauwkeurigheid', definition: 'kunnen werken volgens de opgelegde eisen.' },
    problem_solving: {
      label: 'Probleemoplossend denken',
      definition: 'op een logische wijze kunnen nadenken over en komen tot een oplossing voor een (complex) probleem.',
    },
    learning_ability: { label: 'Leervermogen', definition: 'nieuwe informatie snel kunnen opnemen, begrijpen en kunnen toepassen.' },
    creativity: { label: 'Creativiteit', definition: 'komen tot originele, nieuwe ideeën of oplossingen voor een probleem.' },
    leading_others: {
      label: 'Leiding geven',
      definition: 'invloed kunnen uitoefenen op het gedrag van één of meerdere medewerkers door middel van sturing of ondersteuning.',
    },
    accepting_supervision: { label: 'Leiding aanvaarden', definition: 'openstaan voor opmerkingen, raad en invloed van de leidinggevende.' },
    tidiness: { label: 'Orde', definition: 'de eigen werkplek, de werkomgeving en persoonlijke zaken netjes en hygiënisch kunnen houden.' },
    work_organisation: {
      label: 'Werkorganisatie',
      definition: 'de eigen werkplek kunnen inrichten, hoofd- en bijzaken van elkaar onderscheiden, prioriteiten stellen, logisch, overzichtelijk en vlot werken.',
    },
    stress_resistance: {
      label: 'Stressbestendigheid',
      definition: 'onder zware (tijds)druk, bij tegenslag of kritiek en in of na moeilijke situaties, efficiënt blijven functioneren.',
    },
    discretion: { label: 'Discretie', definition: 'bescheiden kunnen omgaan met werkgerelateerde informatie en de daarbij horende eisen van de werkgever.' },
    teamwork: { label: 'Samenwerken', definition: 'actief en gemotiveerd samen met anderen werken om tot een gezamenlijk resultaat te komen.' },
    working_independently: {
      label: 'Zelfstandig werken',
      definition: 'zonder hulp of toezicht kunnen werken, zelf oplossingen zoeken, durven initiatief nemen, hulp of uitleg durven vragen.',
    },
    taking_initiative: { label: 'Initiatiefname', definition: 'uit eigen beweging acties voorstellen en acties ondernemen.' },
    safety_awareness: {
      label: 'Veiligheidsbewustzijn',
      definition: 'op een manier werken die niet gevaarlijk is voor zichzelf en de anderen; er voor zorgen dat materiaal, gereedschap en werkomgeving niet beschadigd worden.',
    },
    motivation: { label: 'Motivatie', definition: 'zich inspannen om het takenpakket zo goed mogelijk te kunnen uitvoeren.' },
    self_knowledge: { label: 'Zelfkennis', definition: 'de eigen mogelijkheden en beperkingen kunnen inschatten.' },
  },
  forms: {
    competenceProfile: 'Competentieprofiel',
    capacityProfile: 'Capaciteitenprofiel',
    otherNotes: 'Andere / aandachtspunten',
    scaleTitle: 'Toelichting 5-puntenschaal',
  },
  scale: { 1: 'niet', 2: 'beperkt', 3: 'voldoende', 4: 'goed', 5: 'zeer goed' },
  // Easy language (B1) for the client; not in the seed, a plain rewording of its scale.
  scaleEasy: { 1: 'Dit kan ik niet', 2: 'Dit kan ik een beetje', 3: 'Dit kan ik genoeg', 4: 'Dit kan ik goed', 5: 'Dit kan ik heel goed' },
  scaleExplanation: {
    job: 'Om zijn/haar functie goed te kunnen uitvoeren, moet de werknemer deze competentie in volgende mate bezitten:',
    client: 'De werknemer beheerst deze vaardigheid:',
    client_easy: 'Hoe goed kan je dit?',
  },
  starr: {
    title: 'STARR-methode',
    intro:
      'Het uitgangspunt van het gedragsgericht interview is dat gedrag uit het recente verleden de beste voorspeller is voor gedrag in het heden en de nabije toekomst.',
    exampleItem: 'stress_resistance',
    steps: {
      situation: {
        name: 'Situatie',
        description: 'concrete situatie in het nabije verleden waarin de werknemer de capaciteit zichtbaar heeft aangetoond.',
        questions: ['Wanneer voelde je je voor het laatst erg opgejaagd en ervaarde je stress?', 'Kan je die situatie eens kort uitleggen?'],
      },
      task: {
        name: 'Taak',
        description: 'de taak / rol van de werknemer in die concrete situatie.',
        questions: ['Wat was je taak toen, wat werd je verondersteld te doen?'],
      },
      action: {
        name: 'Actie',
        description: 'de reële actie (zeer concreet) van de werknemer.',
        questions: ['Wat heb je precies / concreet gedaan in deze situatie?', 'Hoe heb je gereageerd?'],
      },
      result: {
        name: 'Resultaat',
        description: 'het resultaat van de werknemer zijn/haar actie.',
        questions: ['Hoe is het afgelopen?', 'Wat vonden de anderen van jouw actie?'],
      },
      reflection: {
        name: 'Reflectie',
        description: 'evaluatie door de werknemer van zijn/haar actie.',
        questions: [
          'Als je de situatie achteraf bekijkt, zou je dan exact hetzelfde gehandeld hebben?',
          'Wat zou je anders doen als hetzelfde nog eens gebeurt?',
        ],
      },
    },
    tip: 'Om vertrouwen te winnen bij de werknemer, start je best met enkele positieve capaciteiten. Na het vertrouwen en volle medewerking te hebben van de werknemer, kan je ook zwakkere capaciteiten bespreken.',
  },
};

const meaning = (what: string) => `${what} kunnen waarnemen en er betekenis aan kunnen geven.`;

/** Dutch-Dutch: only what is worded otherwise in the Netherlands ("stappen" is going out there). */
const NL_NL: CompetenceCatalogue = {
  ...NL_BE,
  items: {
    ...NL_BE.items,
    walking: { label: 'Lopen', definition: 'zich te voet kunnen voortbewegen.' },
    seeing: { label: 'Zien', definition: meaning('beelden (zowel stilstaand als bewegend)') },
    hearing: { label: 'Horen', definition: meaning('geluiden') },
    smelling: { label: 'Ruiken', definition: meaning('geuren') },
    safety_awareness: {
      label: 'Veiligheidsbewustzijn',
      definition: 'op een manier werken die niet gevaarlijk is voor zichzelf en de anderen; ervoor zorgen dat materiaal, gereedschap en werkomgeving niet beschadigd raken.',
    },
  },
  scaleExplanation: {
    job: 'Om zijn/haar functie goed te kunnen uitvoeren, moet de werknemer deze competentie in de volgende mate bezitten:',
    client: 'De werknemer beheerst deze vaardigheid:',
    client_easy: 'Hoe goed kun je dit?',
  },
  starr: {
    ...NL_BE.starr,
    steps: {
      ...NL_BE.starr.steps,
      situation: { ...NL_BE.starr.steps.situation, questions: ['Wanneer voelde je je voor het laatst erg opgejaagd en ervaarde je stress?', 'Kun je die situatie kort uitleggen?'] },
      task: { ...NL_BE.starr.steps.task, questions: ['Wat was je taak toen, wat werd er van je verwacht?'] },
      result: { ...NL_BE.starr.steps.result, description: 'het resultaat van de actie van de werknemer.' },
      reflection: {
        ...NL_BE.starr.steps.reflection,
        questions: ['Als je achteraf naar de situatie kijkt, zou je dan precies hetzelfde gedaan hebben?', 'Wat zou je anders doen als hetzelfde nog eens gebeurt?'],
      },
    },
    tip: 'Om het vertrouwen van de werknemer te winnen, begin je het best met enkele positieve capaciteiten. Als je het vertrouwen en de volle medewerking van de werknemer hebt, kun je ook zwakkere capaciteiten bespreken.',
  },
};

const CATALOGUES: Record<Locale, CompetenceCatalogue> = { 'nl-BE': NL_BE, 'nl-NL': NL_NL, en: EN };

/** The name of an item as the form shows it. */
export function competenceLabel(key: CompetenceItem, locale: Locale): string {
  return CATALOGUES[locale].items[key].label;
}

/** The seed's definition of an item (help text), or undefined where the seed gives none. */
export function competenceDefinition(key: CompetenceItem, locale: Locale): string | undefined {
  return CATALOGUES[locale].items[key].definition;
}

export function competenceGroupLabel(group: CompetenceGroup, locale: Locale): string {
  return CATALOGUES[locale].groups[group];
}

/** The word of one point of the scale: "niet" … "zeer goed"; `easy` gives the client's B1 wording. */
export function scaleLabel(score: Score, locale: Locale, easy = false): string {
  return (easy ? CATALOGUES[locale].scaleEasy : CATALOGUES[locale].scale)[score];
}

/** The line above the scale: what a score means for a job, for a client, or for the client in easy language. */
export function scaleExplanation(audience: ScaleAudience, locale: Locale): string {
  return CATALOGUES[locale].scaleExplanation[audience];
}

/** Titles of the forms and of the free box "Andere / aandachtspunten". */
export function competenceFormTexts(locale: Locale): CompetenceCatalogue['forms'] {
  return CATALOGUES[locale].forms;
}

/** The STARR prompts for scoring a capacity with the client. */
export function starrGuide(locale: Locale): StarrGuide {
  return CATALOGUES[locale].starr;
}
