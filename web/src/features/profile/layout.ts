/**
 * The layout of the beroepsoriënteringsschema (seed 003 ~3590–3760) as data: its sections in
 * the seed's order and the columns of each table. The view, the form and the change history
 * all read it, so a label is written once (catalogue keys `fields.<group>.<field>`).
 */
export type FieldKind = 'line' | 'text' | 'date' | 'occupation' | 'amount' | 'integer' | 'frequency';

export interface TableSpec {
  /** Catalogue keys: rowNames.<key>, form.add.<key>. */
  key: TableKey;
  /** Catalogue group of the column labels (fields.<group>.<name>). */
  group: string;
  /** Where the rows sit in VocationalProfileInput. */
  path: string;
  columns: readonly { name: string; kind: FieldKind; required?: boolean; hint?: boolean }[];
}

export const TABLES = {
  personsToConsult: {
    key: 'personsToConsult', group: 'personsToConsult', path: 'profile.personsToConsult',
    columns: [{ name: 'name', kind: 'line', required: true }, { name: 'relation', kind: 'line' }, { name: 'organisation', kind: 'line' }, { name: 'phone', kind: 'line' }],
  },
  benefits: {
    key: 'benefits', group: 'benefits', path: 'benefits.rows',
    columns: [{ name: 'kind', kind: 'line', required: true }, { name: 'amount', kind: 'amount' }, { name: 'frequency', kind: 'frequency' }],
  },
  education: {
    key: 'education', group: 'education', path: 'profile.education',
    columns: [{ name: 'date', kind: 'date' }, { name: 'school', kind: 'line' }, { name: 'diploma', kind: 'line' }, { name: 'grade', kind: 'line' }],
  },
  training: {
    key: 'training', group: 'training', path: 'profile.training',
    columns: [{ name: 'date', kind: 'date' }, { name: 'institution', kind: 'line' }, { name: 'course', kind: 'line' }, { name: 'diploma', kind: 'line' }],
  },
  otherQualifications: {
    key: 'otherQualifications', group: 'otherQualifications', path: 'profile.otherQualifications',
    columns: [{ name: 'name', kind: 'line', required: true, hint: true }, { name: 'obtained', kind: 'date' }, { name: 'details', kind: 'text' }],
  },
  workExperience: {
    key: 'workExperience', group: 'workExperience', path: 'profile.workExperience',
    columns: [
      { name: 'from', kind: 'date' }, { name: 'to', kind: 'date', hint: true }, { name: 'employer', kind: 'line' },
      { name: 'employerContact', kind: 'text' }, { name: 'jobTitle', kind: 'line' }, { name: 'occupation', kind: 'occupation' },
      { name: 'mainTasks', kind: 'text' }, { name: 'reasonForLeaving', kind: 'text' },
    ],
  },
  desiredJobs: {
    key: 'desiredJobs', group: 'aspirations', path: 'profile.aspirations.desiredJobs',
    columns: [{ name: 'occupation', kind: 'occupation', required: true }, { name: 'note', kind: 'text' }],
  },
} as const satisfies Record<string, Omit<TableSpec, 'key'> & { key: string }>;
export type TableKey = keyof typeof TABLES;

/** Free-text fields of a group, in the seed's order, and whether the seed gives a hint. */
export const TEXT_FIELDS = {
  health: [['description', false], ['impactOnWork', true], ['additionalSupport', true]],
  aspirationsBefore: [['expectations', false], ['idealCareer', false]],
  aspirationsAfter: [['desiredTasks', true], ['hoursAndShifts', true], ['environment', true]],
  competences: [['dailyLife', true], ['communication', true], ['social', true], ['weeklyRoutine', true], ['other', false], ['additionalInformation', false]],
} as const;

/** The sections in the seed's order, with the data category each belongs to. */
export const SECTIONS = [
  { key: 'personsToConsult', category: 'vocational_profile' },
  { key: 'health', category: 'health' },
  { key: 'benefits', category: 'benefits' },
  { key: 'education', category: 'vocational_profile' },
  { key: 'training', category: 'vocational_profile' },
  { key: 'otherQualifications', category: 'vocational_profile' },
  { key: 'workExperience', category: 'vocational_profile' },
  { key: 'hobbies', category: 'vocational_profile' },
  { key: 'aspirations', category: 'vocational_profile' },
  { key: 'competences', category: 'vocational_profile' },
] as const;
export type SectionKey = (typeof SECTIONS)[number]['key'];
