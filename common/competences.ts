/**
 * The competence catalogue shared by the competence profile of a job (competentieprofiel) and
 * the capacity profile of a client (capaciteitenprofiel). Both forms have the same items in the
 * same 5 groups on the same 1–5 scale (002:~1257–1422), so job and client can be compared item
 * by item ("Door de identieke opbouw … een vergelijking te maken tussen verwachting en
 * realiteit", 002:~1169). Labels, definitions and scale texts per locale are in
 * `competences.labels.ts`.
 *
 * The keys are stored in the database and in API payloads: never rename one.
 */

/** The 5 groups of the forms, in the seed's order (left column, then "Sleutelvaardigheden"). */
export const COMPETENCE_GROUPS = ['physical', 'sensory', 'environment', 'communication_cognitive', 'key_skills'] as const;
export type CompetenceGroup = (typeof COMPETENCE_GROUPS)[number];

/**
 * Every item of the forms in the seed's order: the groups of the left column top to bottom,
 * then "Sleutelvaardigheden" (the right column), the same order as the "Handleiding
 * vaardigheden" (002:~1423–1640). 15 + 5 + 5 + 5 + 27 = 57 items.
 */
export const COMPETENCE_ITEMS = [
  // Fysieke vaardigheden (15)
  { key: 'arm_movements', group: 'physical' },
  { key: 'hand_finger_movements', group: 'physical' },
  { key: 'fine_motor_skills', group: 'physical' },
  { key: 'leg_foot_movements', group: 'physical' },
  { key: 'head_movements', group: 'physical' },
  { key: 'trunk_movements', group: 'physical' },
  { key: 'reaction_speed', group: 'physical' },
  { key: 'endurance', group: 'physical' },
  { key: 'sitting', group: 'physical' },
  { key: 'standing', group: 'physical' },
  { key: 'squatting', group: 'physical' },
  { key: 'walking', group: 'physical' },
  { key: 'climbing_stairs', group: 'physical' },
  { key: 'lifting', group: 'physical' },
  { key: 'carrying', group: 'physical' },
  // Zintuiglijke vaardigheden (5)
  { key: 'seeing', group: 'sensory' },
  { key: 'hearing', group: 'sensory' },
  { key: 'smelling', group: 'sensory' },
  { key: 'balance', group: 'sensory' },
  { key: 'tactile_perception', group: 'sensory' },
  // Omgevingsfactoren (5)
  { key: 'working_in_daylight', group: 'environment' },
  { key: 'working_in_noise', group: 'environment' },
  { key: 'working_with_gases_fumes', group: 'environment' },
  { key: 'working_with_dust_liquids', group: 'environment' },
  { key: 'wearing_ppe', group: 'environment' },
  // Communicatieve en cognitieve vaardigheden (5)
  { key: 'oral_expression', group: 'communication_cognitive' },
  { key: 'reading', group: 'communication_cognitive' },
  { key: 'writing', group: 'communication_cognitive' },
  { key: 'numeracy', group: 'communication_cognitive' },
  { key: 'memory', group: 'communication_cognitive' },
  // Sleutelvaardigheden (27)
  { key: 'attention', group: 'key_skills' },
  { key: 'concentration', group: 'key_skills' },
  { key: 'sense_of_responsibility', group: 'key_skills' },
  { key: 'perseverance', group: 'key_skills' },
  { key: 'flexibility', group: 'key_skills' },
  { key: 'work_pace', group: 'key_skills' },
  { key: 'interpersonal_skills', group: 'key_skills' },
  { key: 'self_checking', group: 'key_skills' },
  { key: 'handling_criticism', group: 'key_skills' },
  { key: 'frustration_tolerance', group: 'key_skills' },
  { key: 'punctuality', group: 'key_skills' },
  { key: 'accuracy', group: 'key_skills' },
  { key: 'problem_solving', group: 'key_skills' },
  { key: 'learning_ability', group: 'key_skills' },
  { key: 'creativity', group: 'key_skills' },
  { key: 'leading_others', group: 'key_skills' },
  { key: 'accepting_supervision', group: 'key_skills' },
  { key: 'tidiness', group: 'key_skills' },
  { key: 'work_organisation', group: 'key_skills' },
  { key: 'stress_resistance', group: 'key_skills' },
  { key: 'discretion', group: 'key_skills' },
  { key: 'teamwork', group: 'key_skills' },
  { key: 'working_independently', group: 'key_skills' },
  { key: 'taking_initiative', group: 'key_skills' },
  { key: 'safety_awareness', group: 'key_skills' },
  { key: 'motivation', group: 'key_skills' },
  { key: 'self_knowledge', group: 'key_skills' },
] as const satisfies readonly { key: string; group: CompetenceGroup }[];

export type CompetenceItem = (typeof COMPETENCE_ITEMS)[number]['key'];

/** The item keys in the seed's order, as a tuple usable by `z.enum`. */
export const COMPETENCE_ITEM_KEYS = COMPETENCE_ITEMS.map((i) => i.key) as unknown as readonly [CompetenceItem, ...CompetenceItem[]];

/** The 5-point scale of both forms: 1 niet, 2 beperkt, 3 voldoende, 4 goed, 5 zeer goed (002:1334, 1417). */
export const SCALE = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCALE)[number];

const GROUP_OF = new Map<string, CompetenceGroup>(COMPETENCE_ITEMS.map((i) => [i.key, i.group]));

/** Whether a string is a known item key (for data read back from JSON). */
export function isCompetenceItem(key: string): key is CompetenceItem {
  return GROUP_OF.has(key);
}

/** The group an item belongs to. */
export function competenceGroupOf(key: CompetenceItem): CompetenceGroup {
  return GROUP_OF.get(key) as CompetenceGroup;
}

/** The items of one group, in the seed's order. */
export function competenceItemsOf(group: CompetenceGroup): CompetenceItem[] {
  return COMPETENCE_ITEMS.filter((i) => i.group === group).map((i) => i.key);
}
