/** Kinds of organisation on the platform. */
export const ORGANISATION_KINDS = ['coaching', 'employer', 'intermediary'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const REGIONS = ['flanders', 'netherlands'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Roles a person holds in their organisation. Job-coaching side: coach, team_lead, org_admin;
 * employer side: hr_officer, supervisor (per branch); partner agency: intermediary_coach;
 * and the client. org_admin exists in every kind of organisation.
 */
export const ROLES = ['coach', 'team_lead', 'org_admin', 'hr_officer', 'supervisor', 'intermediary_coach', 'client'] as const;
export type Role = (typeof ROLES)[number];

/** Which roles an organisation of each kind can hand out. */
export const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
  coaching: ['coach', 'team_lead', 'org_admin', 'client'],
  employer: ['hr_officer', 'supervisor', 'org_admin'],
  intermediary: ['intermediary_coach', 'org_admin'],
};

/** Roles that are held for one branch of an employer. */
export const BRANCH_ROLES: readonly Role[] = ['supervisor'];

export const LOCALES = ['nl-BE', 'nl-NL', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl-BE';

/**
 * The abilities the server computes for the signed-in person. The UI shows or hides what
 * these allow and never derives permissions from roles itself.
 */
export const ABILITIES = [
  'users.manage', 'branches.manage', 'audit.read', 'colleagues.read', 'branches.read',
  // Client dossiers: the caseload and its writes (coaching team), data shared with you (recipients), your own (clients).
  'clients.create', 'clients.update', 'action_plans.write', 'consents.give', 'clients.shared', 'portal.use',
  // Employers, vacancies and the job match: the coaching team's pages; the organisation's weights.
  'employers.write', 'vacancies.write', 'matching.read', 'matching.weights', 'placements.write',
] as const;
export type Ability = (typeof ABILITIES)[number];
