/**
 * The data categories of a client's dossier. Every read of a dossier by anyone outside the
 * client's own coaching team is limited to the categories an active consent gives them.
 */
export const DATA_CATEGORIES = [
  'identity',            // identiteit en contact
  'vocational_profile',  // beroepsgericht profiel (beroepsoriënteringsschema, zonder gezondheid en uitkeringen)
  'health',              // gezondheid en beperking: never part of a default, always its own consent
  'benefits',            // sociale zekerheid, uitkeringen, pensioen
  'action_plan',         // actieplan en voortgang (traject, fases)
  'notes',               // contactnotities en afspraken
  'documents',           // documenten
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Categories a new consent starts with in the form; health is never among them. */
export const DEFAULT_CONSENT_CATEGORIES: readonly DataCategory[] = ['identity', 'vocational_profile', 'action_plan'];

/**
 * What the recipient may use the data for. A read names its purpose and only consents for
 * that purpose count (EUSE: "informatiedoorstroom vindt slechts plaats na goedkeuring").
 */
export const CONSENT_PURPOSES = [
  'job_finding',    // zoeken naar werk: voorstellen aan werkgevers, bemiddeling
  'job_support',    // ondersteuning op en naast de werkvloer
  'job_retention',  // jobbehoud
  'referral',       // doorverwijzing naar een andere dienst
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** How the client gave the consent. */
export const CONSENT_METHODS = ['written', 'verbal', 'portal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Health data needs its own explicit consent: a consent that names health names nothing else. */
export function healthIsSeparate(categories: readonly DataCategory[]): boolean {
  return !categories.includes('health') || categories.every((c) => c === 'health');
}

/** The EUSE phases of a trajectory (003, the 5-phase process). */
export const PHASES = [1, 2, 3, 4, 5] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_KEYS: Record<Phase, string> = {
  1: 'engagement',          // klantbetrokkenheid
  2: 'vocational_profiling', // beroepsgerichte profilering
  3: 'job_finding',         // jobfinding
  4: 'employer_engagement', // werkgeversbetrokkenheid
  5: 'support',             // ondersteuning op en naast de werkvloer
};

export const TRAJECTORY_OUTCOMES = ['paid_work_regular', 'other_work', 'referred', 'stopped'] as const;
export type TrajectoryOutcome = (typeof TRAJECTORY_OUTCOMES)[number];
