/** Ids of the capacity profile form's fields, shared by the form, its error summary and tests. */
export const capacityIds = {
  assessedOn: 'cap-assessedOn',
  otherNotes: 'cap-otherNotes',
  score: (item: string, score: number | 'unset') => `cap-score-${item}-${score}`,
  note: (item: string) => `cap-note-${item}`,
  closer: (item: string) => `cap-closer-${item}`,
  group: (group: string) => `cap-group-${group}`,
  starr: (key: string, field: string) => `cap-starr-${key}-${field}`,
  starrAdd: 'cap-starr-add',
  stale: 'cap-stale',
} as const;

/** Ids of the availability form's fields. */
export const availabilityIds = {
  maxHoursPerWeek: 'av-maxHoursPerWeek',
  note: 'av-note',
  option: (field: string, value: string) => `av-${field}-${value}`,
  group: (field: string) => `av-${field}`,
  stale: 'av-stale',
} as const;
