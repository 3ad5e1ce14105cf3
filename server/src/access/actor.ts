import type { Locale, OrganisationKind, Region, Role } from '../../../common/roles.ts';

/** The signed-in person on whose behalf a request runs, loaded from the session each request. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  locale: Locale;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  region: Region;
  roles: Role[];
  /** Branches for which the person holds a branch role (supervisor). */
  branchIds: string[];
  sessionIdHash: Buffer;
  csrfToken: string;
}

export const isStaff = (a: Actor) => a.roles.some((r) => r !== 'client');
export const hasRole = (role: Role) => (a: Actor) => a.roles.includes(role);
