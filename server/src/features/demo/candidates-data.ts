import type { z } from 'zod';
import type { AvailabilityInput, CapacityProfileInput } from '../../../../common/schemas/capacity.ts';
import type { ProfileSectionsInput } from '../../../../common/schemas/vocational-profile.ts';

/**
 * The demo candidates: what Jonas recorded with each of them. Chosen so that matching Groenhof's
 * three vacancies (vacancies-seed.ts: schappenvuller Gent-Zuid 24 h mon–thu early, permanent;
 * schappenvuller Mechelen 19 h wed–sat late and weekend, fixed term; magazijnmedewerker Gent-Zuid
 * 38 h mon–fri day, permanent) shows each kind of result. Desired tasks use the task names of
 * those job analyses, so the task preference can match.
 */

const ESCO = {
  schappenvuller: 'http://data.europa.eu/esco/occupation/d35f9e79-5778-43b4-8667-0e3ba1fcb19a', // 9334.1
  magazijnmedewerker: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f', // 9333.8
  orderpicker: 'http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb', // 9333.8.1
  pakhuismedewerker: 'http://data.europa.eu/esco/occupation/808becc8-5a4e-4e71-a043-c2ea32b56ae3', // 9333.3
  winkelmedewerker: 'http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2', // 5223.6
  kassamedewerker: 'http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098', // 5230.1
  inpakker: 'http://data.europa.eu/esco/occupation/f5cb9901-86fc-48d0-9cde-667fbe8cef3a', // 9321.2
  heftruckchauffeur: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755', // 8344.1
  keukenhulp: 'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c', // 9412.1
} as const;

export interface DemoCapacity {
  assessedDaysAgo: number;
  profile: Omit<z.input<typeof CapacityProfileInput>, 'assessedOn'>;
  availability: z.input<typeof AvailabilityInput>;
}

export interface DemoCandidate {
  client: {
    salutation: '' | 'mr' | 'mrs' | 'ms' | 'mx';
    given_name: string;
    family_name: string;
    birth_date: string;
    address: string;
    postcode: string;
    city: string;
    phone_mobile: string;
    referrer: string;
  };
  openedDaysAgo: number;
  /** The reason of each step: opened in phase 1, then on to 2, 3 (and 4). Its length is the phase now. */
  story: readonly string[];
  desiredJobs: readonly { uri: string; note: string }[];
  /** The rest of the vocational profile (the desired jobs come from `desiredJobs`). */
  vocational: Omit<ProfileInput, 'aspirations'> & { aspirations: Omit<NonNullable<ProfileInput['aspirations']>, 'desiredJobs'> };
  health?: string;
  capacity: DemoCapacity;
  /** Consent for Groenhof Supermarkten (identity and vocational profile, job finding), given this many days ago. */
  consentDaysAgo?: number;
}
type ProfileInput = z.input<typeof ProfileSectionsInput>;

const STEPS = {
  opened: 'Aangemeld door VDAB; kennismakingsgesprek op het kantoor in Gent.',
  profiling: 'Kiest na het planningsgesprek voor Supported Employment.',
  jobFinding: 'Beroepsprofiel en capaciteitenprofiel rond: samen op zoek naar werk.',
  employer: 'Werkgever gevonden die openstaat voor een kennismaking; afspraken met de werkgever voorbereiden.',
};
const phase3 = [STEPS.opened, STEPS.profiling, STEPS.jobFinding];
const phase4 = [...phase3, STEPS.employer];

/** Karim (phase 2): strong on the physical items; noise and tempo are his points of attention. */
export const KARIM: DemoCapacity = {
  assessedDaysAgo: 5,
  profile: {
    scores: {
      standing: 4, walking: 4, lifting: 4, carrying: 4, squatting: 3, hand_finger_movements: 4, trunk_movements: 4, endurance: 3, seeing: 4,
      reading: 2, numeracy: 2, memory: 3, punctuality: 5, accuracy: 4, work_pace: 2, teamwork: 4, accepting_supervision: 4, working_independently: 3,
      sense_of_responsibility: 4, attention: 3, self_checking: 3, stress_resistance: 2, wearing_ppe: 4, working_in_noise: 2,
    },
    notes: {
      working_in_noise: 'Oordopjes met filter helpen (getest in de winkel).',
      work_pace: 'Haalt het tempo na een langere inwerkperiode.',
      reading: 'Korte teksten; takenlijst met foto’s.',
    },
    gapClosers: { working_in_noise: 'adaptation', work_pace: 'coaching', attention: 'adaptation', self_checking: 'coaching', stress_resistance: 'coaching' },
    otherNotes: 'Samen met Karim gescoord na de proefdag in de supermarkt; zijn moeder was erbij.',
    starr: [{
      item: 'punctuality', situation: 'Orderpicker bij Scheldewerk, ploeg van 7 uur.', task: 'Elke dag op tijd starten met de fiets.',
      action: 'Vaste fietsroute, wekker om 6 uur, kleren klaargelegd.', result: 'Drie jaar lang nooit te laat.', reflection: 'Een vaste routine helpt hem.',
    }],
  },
  availability: {
    maxHoursPerWeek: 24, days: ['mon', 'tue', 'wed', 'thu', 'fri'], shifts: ['early', 'day'], contracts: ['permanent', 'fixed_term', 'ibo_training'],
    excludedEnvironment: ['night_work'], preferredEnvironment: ['quiet', 'teamwork'],
    note: 'Vrijdagnamiddag liefst vrij (vrijdaggebed). Na een half jaar eventueel 4/5.',
  },
};

/** Scores on every item the three vacancies ask for, at a level that meets them all; each candidate changes a few. */
const SOLID = {
  standing: 4, walking: 4, lifting: 4, carrying: 4, squatting: 3, hand_finger_movements: 4, trunk_movements: 3, endurance: 4, seeing: 4,
  reading: 3, numeracy: 3, memory: 3, punctuality: 4, accuracy: 4, work_pace: 3, teamwork: 3, accepting_supervision: 3, working_independently: 4,
  sense_of_responsibility: 4, attention: 4, self_checking: 4, stress_resistance: 3, wearing_ppe: 4, working_in_noise: 3,
} as const;

export const CANDIDATES: readonly DemoCandidate[] = [
  {
    // A clean fit for the Gent shelf job, close to home; consented to Groenhof.
    client: {
      salutation: 'ms', given_name: 'Lies', family_name: 'Van den Broeck', birth_date: '1993-07-22', address: 'Antwerpsesteenweg 112', postcode: '9040',
      city: 'Sint-Amandsberg', phone_mobile: '+32 471 22 31 40', referrer: 'VDAB Gent',
    },
    openedDaysAgo: 120, story: phase3, consentDaysAgo: 10,
    desiredJobs: [{ uri: ESCO.schappenvuller, note: 'Liefst een supermarkt in Gent, vroege dienst.' }, { uri: ESCO.winkelmedewerker, note: '' }],
    vocational: {
      workExperience: [{
        from: '2016-09', to: '2022-12', employer: 'Kringwinkel Gent', jobTitle: 'Winkelmedewerker', occupation: { uri: ESCO.winkelmedewerker },
        mainTasks: 'Rekken vullen, prijzen kleven, af en toe kassa.', reasonForLeaving: 'Einde van het maatwerkcontract.',
      }],
      hobbies: 'Wandelen met de hond, breien.',
      aspirations: {
        expectations: 'Een vaste deeltijdse job dicht bij huis.', desiredTasks: 'Rekken aanvullen, Houdbaarheidsdata controleren',
        hoursAndShifts: 'Deeltijds (ongeveer 26 uur), vroege dienst.', environment: 'Binnen, in een vaste ploeg.', maxTravelKm: 8, transport: ['bicycle'],
      },
    },
    health: 'Epilepsie, goed onder controle met medicatie.',
    capacity: {
      assessedDaysAgo: 30,
      profile: {
        scores: { ...SOLID, standing: 5, lifting: 3, carrying: 3, squatting: 4, memory: 4, punctuality: 5, teamwork: 4, accepting_supervision: 4 },
        notes: { punctuality: 'Zes jaar lang stipt bij de Kringwinkel.' },
        otherNotes: 'Geen ladders of hoogtes (epilepsie).',
      },
      availability: {
        maxHoursPerWeek: 26, days: ['mon', 'tue', 'wed', 'thu', 'fri'], shifts: ['early', 'day'], contracts: ['permanent', 'fixed_term'],
        excludedEnvironment: ['heights', 'night_work'], preferredEnvironment: ['indoor', 'teamwork'], note: 'Geen nachtwerk: vaste slaap helpt tegen aanvallen.',
      },
    },
  },
  {
    // The warehouse job's best candidate, with small gaps an adaptation, training or coaching closes; consented to Groenhof.
    client: {
      salutation: 'mr', given_name: 'Tom', family_name: 'Verstraete', birth_date: '1989-11-03', address: 'Sleepstraat 41', postcode: '9000', city: 'Gent',
      phone_mobile: '+32 472 80 19 55', referrer: 'OCMW Gent',
    },
    openedDaysAgo: 160, story: phase4, consentDaysAgo: 14,
    desiredJobs: [{ uri: ESCO.magazijnmedewerker, note: 'Eerste keuze.' }, { uri: ESCO.orderpicker, note: '' }],
    vocational: {
      workExperience: [{
        from: '2012-02', to: '2019-06', employer: 'Bouwmarkt Gent-Noord', jobTitle: 'Magazijnier', occupation: { uri: ESCO.pakhuismedewerker },
        mainTasks: 'Leveringen lossen, paletten wegzetten.', reasonForLeaving: 'Faillissement.',
      }],
      otherQualifications: [{ name: 'Attest heftruckbestuurder', obtained: '2014-03', details: '' }],
      aspirations: {
        expectations: 'Voltijds in een magazijn, vaste uren.', desiredTasks: 'Levering ontvangen, Rekken aanvullen',
        hoursAndShifts: 'Voltijds, dagwerk.', maxTravelKm: 15, transport: ['bicycle', 'public_transport'],
      },
    },
    health: 'Dyslexie; lezen gaat traag.',
    capacity: {
      assessedDaysAgo: 60,
      profile: {
        scores: { ...SOLID, lifting: 5, carrying: 5, trunk_movements: 4, reading: 1, numeracy: 2, self_checking: 3, wearing_ppe: 5, working_in_noise: 4, work_pace: 4 },
        notes: { reading: 'Pictogrammen en een scanner met beeld volstaan.', numeracy: 'Tellen gaat; rekenen met verschillen oefenen.' },
        gapClosers: { reading: 'adaptation', numeracy: 'training', self_checking: 'coaching' },
      },
      availability: {
        maxHoursPerWeek: 38, days: ['mon', 'tue', 'wed', 'thu', 'fri'], shifts: ['early', 'day'], contracts: ['permanent', 'fixed_term', 'temp_agency'],
        preferredEnvironment: ['teamwork'],
      },
    },
  },
  {
    // Significant gaps on standing and tempo, each marked closable.
    client: {
      salutation: 'ms', given_name: 'Sarah', family_name: 'De Clercq', birth_date: '1998-02-15', address: 'Brusselsesteenweg 301', postcode: '9050',
      city: 'Gentbrugge', phone_mobile: '+32 473 40 62 18', referrer: 'Revalidatiecentrum Gent',
    },
    openedDaysAgo: 100, story: phase3,
    desiredJobs: [{ uri: ESCO.schappenvuller, note: '' }, { uri: ESCO.winkelmedewerker, note: 'Een rustige winkel.' }],
    vocational: {
      aspirations: {
        expectations: 'Opbouwen naar 24 uur per week.', desiredTasks: 'Houdbaarheidsdata controleren, Rekken aanvullen',
        hoursAndShifts: 'Vier voormiddagen.', maxTravelKm: 10, transport: ['public_transport'],
      },
    },
    health: 'Chronische rugpijn na een ongeval; lang rechtstaan is zwaar.',
    capacity: {
      assessedDaysAgo: 20,
      profile: {
        scores: { ...SOLID, standing: 2, walking: 3, endurance: 2, work_pace: 1, lifting: 3, carrying: 3, accuracy: 5, punctuality: 5, stress_resistance: 2, working_in_noise: 2 },
        notes: { standing: 'Met een stahulp en een vaste zitpauze per uur.', work_pace: 'Tempo bouwt op met een vaste volgorde.' },
        gapClosers: { standing: 'adaptation', work_pace: 'coaching', endurance: 'training' },
        otherNotes: 'Zeer nauwkeurig: ideaal voor houdbaarheidscontrole.',
      },
      availability: {
        maxHoursPerWeek: 24, days: ['mon', 'tue', 'wed', 'thu'], shifts: ['early', 'day'],
        excludedEnvironment: ['heavy_lifting'], preferredEnvironment: ['quiet', 'food'],
      },
    },
  },
  {
    // A good fit, but at most 20 hours a week for now: excluded where the job asks more.
    client: {
      salutation: 'mr', given_name: 'Yusuf', family_name: 'Demir', birth_date: '1995-05-09', address: 'Brugsesteenweg 560', postcode: '9030',
      city: 'Mariakerke', phone_mobile: '+32 474 11 72 09', referrer: 'VDAB Gent',
    },
    openedDaysAgo: 140, story: phase3,
    desiredJobs: [{ uri: ESCO.orderpicker, note: '' }, { uri: ESCO.magazijnmedewerker, note: '' }],
    vocational: {
      aspirations: {
        desiredTasks: 'Levering ontvangen', hoursAndShifts: 'Halftijds, dagwerk.', maxTravelKm: 12, transport: ['car', 'bicycle'],
      },
    },
    health: 'Herstel na een burn-out.',
    capacity: {
      assessedDaysAgo: 25,
      profile: { scores: { ...SOLID, stress_resistance: 2 }, gapClosers: { stress_resistance: 'coaching' } },
      availability: {
        maxHoursPerWeek: 20, days: ['mon', 'tue', 'wed', 'thu', 'fri'], shifts: ['early', 'day'],
        note: 'Advies van de adviserend arts: de eerste zes maanden hoogstens halftijds.',
      },
    },
  },
  {
    // Antwerpen: the Mechelen job is near the limit of how far she travels; Gent is too far.
    client: {
      salutation: 'ms', given_name: 'Eline', family_name: 'Martens', birth_date: '1991-09-30', address: 'Dageraadplaats 8', postcode: '2018',
      city: 'Antwerpen', phone_mobile: '+32 475 33 08 71', referrer: 'VDAB Antwerpen',
    },
    openedDaysAgo: 180, story: phase4,
    desiredJobs: [{ uri: ESCO.schappenvuller, note: 'Avonden en zaterdag passen goed.' }, { uri: ESCO.kassamedewerker, note: '' }],
    vocational: {
      aspirations: {
        desiredTasks: 'Rekken aanvullen', hoursAndShifts: 'Avonden en weekend; overdag zorgt ze voor haar zoon.', maxTravelKm: 25, transport: ['public_transport'],
      },
    },
    capacity: {
      assessedDaysAgo: 45,
      profile: { scores: { ...SOLID, lifting: 3, carrying: 3, endurance: 3 } },
      availability: {
        maxHoursPerWeek: 24, days: ['wed', 'thu', 'fri', 'sat', 'sun'], shifts: ['late', 'weekend'], contracts: ['permanent', 'fixed_term'],
        preferredEnvironment: ['indoor'], note: 'Trein Antwerpen-Berchem – Mechelen: twintig minuten.',
      },
    },
  },
  {
    // Mechelen: lives close, but needs a permanent contract (flagged) and is not yet independent enough (an unclosed significant gap).
    client: {
      salutation: 'mr', given_name: 'Kevin', family_name: 'Wouters', birth_date: '2000-01-17', address: 'Hanswijkstraat 23', postcode: '2800',
      city: 'Mechelen', phone_mobile: '+32 476 54 21 90', referrer: 'School (BuSO) Mechelen',
    },
    openedDaysAgo: 90, story: phase3,
    desiredJobs: [{ uri: ESCO.schappenvuller, note: '' }, { uri: ESCO.inpakker, note: '' }],
    vocational: {
      aspirations: { desiredTasks: 'Rekken aanvullen', hoursAndShifts: 'Deeltijds.', maxTravelKm: 10, transport: ['walking', 'bicycle'] },
    },
    capacity: {
      assessedDaysAgo: 15,
      profile: {
        scores: { ...SOLID, working_independently: 2, sense_of_responsibility: 3, reading: 2, numeracy: 2 },
        notes: { working_independently: 'Heeft iemand in de buurt nodig om vragen te stellen.' },
        gapClosers: { sense_of_responsibility: 'coaching' },
      },
      availability: {
        maxHoursPerWeek: 20, days: ['mon', 'wed', 'thu', 'fri', 'sat'], shifts: ['day', 'late', 'weekend'], contracts: ['permanent'],
        note: 'Zijn ouders willen een vast contract voor hij zijn uitkering opgeeft.',
      },
    },
  },
  {
    // Aalst: a good fit on paper, but Gent-Zuid is farther than she can travel.
    client: {
      salutation: 'mrs', given_name: 'Nathalie', family_name: 'Pieters', birth_date: '1985-04-12', address: 'Kerkstraat 77', postcode: '9300',
      city: 'Aalst', phone_mobile: '+32 477 62 40 13', referrer: 'Mutualiteit, terug-naar-werktraject',
    },
    openedDaysAgo: 200, story: phase4,
    desiredJobs: [{ uri: ESCO.schappenvuller, note: '' }, { uri: ESCO.kassamedewerker, note: '' }],
    vocational: {
      aspirations: { desiredTasks: 'Rekken aanvullen, Houdbaarheidsdata controleren', maxTravelKm: 15, transport: ['public_transport'] },
    },
    capacity: {
      assessedDaysAgo: 50,
      profile: { scores: { ...SOLID, punctuality: 5, accuracy: 5 } },
      availability: { maxHoursPerWeek: 30, days: ['mon', 'tue', 'wed', 'thu', 'fri'], shifts: ['early', 'day'], contracts: ['permanent', 'fixed_term'] },
    },
  },
  {
    // Barely assessed yet: only the physical items scored, hours and days not stated, no travel limit.
    client: {
      salutation: 'mr', given_name: 'Jelle', family_name: 'Van Damme', birth_date: '1997-08-08', address: 'Dendermondsesteenweg 220', postcode: '9040',
      city: 'Sint-Amandsberg', phone_mobile: '+32 478 90 12 34', referrer: 'VDAB Gent',
    },
    openedDaysAgo: 75, story: phase3,
    desiredJobs: [{ uri: ESCO.heftruckchauffeur, note: 'Attest behalen.' }, { uri: ESCO.magazijnmedewerker, note: '' }],
    vocational: {
      workExperience: [{ from: '2019-01', to: '2020-12', employer: 'Grootkeuken UZ Gent', jobTitle: 'Keukenhulp', occupation: { uri: ESCO.keukenhulp }, mainTasks: 'Afwas, kratten sorteren.' }],
      aspirations: { desiredTasks: 'Levering ontvangen', transport: ['moped'] },
    },
    capacity: {
      assessedDaysAgo: 3,
      profile: {
        scores: { lifting: 4, carrying: 4, walking: 4, standing: 4, trunk_movements: 4, endurance: 3, wearing_ppe: 4 },
        otherNotes: 'Eerste gesprek: alleen de fysieke vaardigheden gescoord. De rest na de werkplekbezoeken.',
      },
      availability: { note: 'Uren en dagen nog te bespreken: wacht op het advies van de arbeidsarts.' },
    },
  },
];
