import { describe, expect, it } from 'vitest';
import { ABILITIES, ROLES, type OrganisationKind, type Role } from '../../../common/roles.ts';
import type { Actor } from './actor.ts';
import { abilitiesOf, decide, POLICIES, type Action, type Decision } from './policies.ts';

const KIND_OF: Record<Role, OrganisationKind> = {
  coach: 'coaching', team_lead: 'coaching', org_admin: 'coaching', client: 'coaching',
  hr_officer: 'employer', supervisor: 'employer', intermediary_coach: 'intermediary',
};

function actor(roles: Role[]): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    name: 'Test Person',
    email: 'test@example.test',
    locale: 'nl-BE',
    organisationId: '00000000-0000-4000-8000-000000000002',
    organisationName: 'Test Org',
    organisationKind: roles[0] ? KIND_OF[roles[0]] : 'coaching',
    region: 'flanders',
    roles,
    branchIds: [],
    sessionIdHash: Buffer.alloc(32),
    csrfToken: 'csrf',
  };
}

const A = 'allow' as const;
const F = 'forbidden' as const;
const U = 'unauthenticated' as const;

/** Columns: nobody signed in, then one column per role, in the order of WHO. */
const WHO = ['anonymous', 'coach', 'team_lead', 'org_admin', 'hr_officer', 'supervisor', 'intermediary_coach', 'client'] as const;
const TABLE: Record<Action, readonly Decision[]> = {
  //                 anon coach lead admin hr  super inter client
  public:            [A,   A,    A,   A,    A,   A,    A,    A],
  'account.read':    [U,   A,    A,   A,    A,   A,    A,    A],
  'account.update':  [U,   A,    A,   A,    A,   A,    A,    A],
  'colleagues.read': [U,   A,    A,   A,    A,   A,    A,    F],
  'branches.read':   [U,   A,    A,   A,    A,   A,    A,    F],
  'branches.manage': [U,   F,    F,   A,    F,   F,    F,    F],
  'users.manage':    [U,   F,    F,   A,    F,   F,    F,    F],
  'audit.read':      [U,   F,    F,   A,    F,   F,    F,    F],
  'esco.read':       [U,   A,    A,   A,    A,   A,    A,    A],
  'vocational_profile.read':   [U, A, A, A, A,   A,    A,    A],
  'vocational_profile.update': [U, A, A, F, F,   F,    F,    A],
  'consents.read':   [U,   A,    A,   A,    A,   A,    A,    A],
  'consents.give':   [U,   A,    A,   F,    F,   F,    F,    A],
  'clients.access_log': [U, A,   A,   F,    F,   F,    F,    A],
  'clients.export':  [U,   A,    A,   F,    F,   F,    F,    A],
  'clients.read':    [U,   A,    A,   A,    A,   A,    A,    A],
  'clients.create':  [U,   A,    A,   F,    F,   F,    F,    F],
  'clients.update':  [U,   A,    A,   F,    F,   F,    F,    F],
  'clients.agree':   [U,   A,    A,   F,    F,   F,    F,    A],
  'employers.read':  [U,   A,    A,   A,    A,   A,    A,    F],
  'employers.write': [U,   A,    A,   F,    F,   F,    F,    F],
  'vacancies.read':  [U,   A,    A,   A,    A,   A,    A,    F],
  'vacancies.write': [U,   A,    A,   F,    F,   F,    F,    F],
  'capacity.read':   [U,   A,    A,   A,    A,   A,    A,    A],
  'capacity.update': [U,   A,    A,   F,    F,   F,    F,    F],
  'matching.read':   [U,   A,    A,   A,    A,   A,    A,    F],
  'matching.write':  [U,   A,    A,   F,    F,   F,    F,    F],
  'matching.weights': [U,  F,    A,   A,    F,   F,    F,    F],
  'placements.read': [U,   A,    A,   F,    F,   F,    F,    F],
  'placements.write': [U,  A,    A,   F,    F,   F,    F,    F],
  'clients.shared':  [U,   F,    F,   F,    A,   A,    A,    F],
  'portal.use':      [U,   F,    F,   F,    F,   F,    F,    A],
  'action_plans.read':  [U, A,    A,   A,    A,   A,    A,    A],
  'action_plans.write': [U, A,    A,   F,    F,   F,    F,    F],
  'action_plans.agree': [U, A,    A,   F,    F,   F,    F,    A],
};

describe('decide', () => {
  it('has a row for every declared action and a column for every role', () => {
    expect(Object.keys(TABLE).toSorted()).toEqual(Object.keys(POLICIES).toSorted());
    expect(WHO.slice(1).toSorted()).toEqual([...ROLES].toSorted());
  });

  const cases = (Object.keys(TABLE) as Action[]).flatMap((action) =>
    WHO.map((who, i) => ({ action, who, expected: TABLE[action][i]! })),
  );
  it.each(cases)('$action by $who: $expected', ({ action, who, expected }) => {
    const a = who === 'anonymous' ? undefined : actor([who]);
    expect(decide(a, action)).toBe(expected);
  });

  it('gives a person without any role only their own account', () => {
    const nobody = actor([]);
    const allowed = (Object.keys(POLICIES) as Action[]).filter((a) => decide(nobody, a) === 'allow');
    expect(allowed.toSorted()).toEqual(['account.read', 'account.update', 'public']);
  });

  it('lets a role combination do what either role may do', () => {
    const hrAdmin = actor(['hr_officer', 'org_admin']);
    expect(decide(hrAdmin, 'users.manage')).toBe('allow');
    expect(decide(hrAdmin, 'colleagues.read')).toBe('allow');
  });
});

describe('abilitiesOf', () => {
  it.each([
    { roles: ['org_admin'] as Role[], abilities: ['users.manage', 'branches.manage', 'audit.read', 'colleagues.read', 'branches.read', 'matching.read', 'matching.weights'] },
    { roles: ['coach'] as Role[], abilities: ['colleagues.read', 'branches.read', 'clients.create', 'clients.update', 'action_plans.write', 'consents.give', 'employers.write', 'vacancies.write', 'matching.read', 'placements.write'] },
    { roles: ['team_lead', 'coach'] as Role[], abilities: ['colleagues.read', 'branches.read', 'clients.create', 'clients.update', 'action_plans.write', 'consents.give', 'employers.write', 'vacancies.write', 'matching.read', 'matching.weights', 'placements.write'] },
    { roles: ['supervisor'] as Role[], abilities: ['colleagues.read', 'branches.read', 'clients.shared', 'matching.read'] },
    { roles: ['client'] as Role[], abilities: ['consents.give', 'portal.use'] },
    { roles: [] as Role[], abilities: [] },
  ])('$roles → $abilities', ({ roles, abilities }) => {
    expect(abilitiesOf(actor(roles))).toEqual(abilities);
  });

  it('gives the matching weights to coaching organisations only: an employer\'s admin may not set them', () => {
    const employerAdmin = { ...actor(['hr_officer', 'org_admin']), organisationKind: 'employer' as const };
    expect(decide(employerAdmin, 'matching.weights')).toBe('forbidden');
    expect(abilitiesOf(employerAdmin)).not.toContain('matching.weights');
  });

  it.each(ROLES.map((r) => [r]))('agrees with decide for %s', (role) => {
    const a = actor([role]);
    expect(abilitiesOf(a)).toEqual(ABILITIES.filter((ability) => decide(a, ability) === 'allow'));
  });
});
