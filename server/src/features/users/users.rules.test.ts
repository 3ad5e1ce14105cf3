import { describe, expect, it } from 'vitest';
import type { OrganisationKind, Role } from '../../../../common/roles.ts';
import { roleIssues, type RoleIssue } from './users.rules.ts';

const BRANCH = '00000000-0000-4000-8000-0000000000b1';
const r = (role: Role, branchId: string | null = null) => ({ role, branchId });

describe('roleIssues', () => {
  it.each<[string, OrganisationKind, ReturnType<typeof r>[], RoleIssue[]]>([
    ['coach in a coaching org', 'coaching', [r('coach')], []],
    ['team lead and coach', 'coaching', [r('team_lead'), r('coach')], []],
    ['org admin in every kind (coaching)', 'coaching', [r('org_admin')], []],
    ['org admin in every kind (employer)', 'employer', [r('org_admin')], []],
    ['org admin in every kind (intermediary)', 'intermediary', [r('org_admin')], []],
    ['a client alone', 'coaching', [r('client')], []],
    ['hr officer with admin at an employer', 'employer', [r('hr_officer'), r('org_admin')], []],
    ['supervisor with a branch', 'employer', [r('supervisor', BRANCH)], []],
    ['intermediary coach', 'intermediary', [r('intermediary_coach')], []],
    ['hr officer in a coaching org', 'coaching', [r('hr_officer')], [{ path: 'roles.0.role', message: 'role_not_for_organisation' }]],
    ['coach at an employer', 'employer', [r('org_admin'), r('coach')], [{ path: 'roles.1.role', message: 'role_not_for_organisation' }]],
    ['client at an intermediary', 'intermediary', [r('client')], [{ path: 'roles.0.role', message: 'role_not_for_organisation' }]],
    ['supervisor without a branch', 'employer', [r('supervisor')], [{ path: 'roles.0.branchId', message: 'branch_required' }]],
    ['coach with a branch', 'coaching', [r('coach', BRANCH)], [{ path: 'roles.0.branchId', message: 'branch_not_allowed' }]],
    ['supervisor in a coaching org', 'coaching', [r('supervisor', BRANCH)], [{ path: 'roles.0.role', message: 'role_not_for_organisation' }]],
    ['the same role twice', 'coaching', [r('coach'), r('coach')], [{ path: 'roles.1', message: 'duplicate_role' }]],
    ['supervisor of two branches', 'employer', [r('supervisor', BRANCH), r('supervisor', '00000000-0000-4000-8000-0000000000b2')], []],
    ['supervisor of one branch twice', 'employer', [r('supervisor', BRANCH), r('supervisor', BRANCH)], [{ path: 'roles.1', message: 'duplicate_role' }]],
    ['client with a staff role', 'coaching', [r('client'), r('coach')], [{ path: 'roles', message: 'client_only' }]],
    ['staff role with client', 'coaching', [r('org_admin'), r('client')], [{ path: 'roles', message: 'client_only' }]],
    [
      'several problems at once',
      'coaching',
      [r('hr_officer', BRANCH), r('client')],
      [
        { path: 'roles.0.role', message: 'role_not_for_organisation' },
        { path: 'roles.0.branchId', message: 'branch_not_allowed' },
        { path: 'roles', message: 'client_only' },
      ],
    ],
  ])('%s', (_name, kind, roles, expected) => {
    expect(roleIssues(kind, roles)).toEqual(expected);
  });
});
