import { BRANCH_ROLES, ROLES_BY_KIND, type OrganisationKind } from '../../../../common/roles.ts';
import type { RoleAssignment } from '../../../../common/schemas/admin.ts';

export interface RoleIssue {
  path: string;
  message: 'role_not_for_organisation' | 'branch_required' | 'branch_not_allowed' | 'client_only' | 'duplicate_role';
}

/**
 * Which role sets an organisation can hand out: only its kind's roles; a supervisor is
 * held for one branch and other roles for the whole organisation; a client account holds
 * no staff role (need to know: a client never sees colleagues' caseloads).
 */
export function roleIssues(kind: OrganisationKind, roles: RoleAssignment[]): RoleIssue[] {
  const issues: RoleIssue[] = [];
  const seen = new Set<string>();
  roles.forEach((r, i) => {
    const path = `roles.${i}`;
    if (!ROLES_BY_KIND[kind].includes(r.role)) issues.push({ path: `${path}.role`, message: 'role_not_for_organisation' });
    if (BRANCH_ROLES.includes(r.role) && !r.branchId) issues.push({ path: `${path}.branchId`, message: 'branch_required' });
    if (!BRANCH_ROLES.includes(r.role) && r.branchId) issues.push({ path: `${path}.branchId`, message: 'branch_not_allowed' });
    const key = `${r.role}:${r.branchId ?? ''}`;
    if (seen.has(key)) issues.push({ path, message: 'duplicate_role' });
    seen.add(key);
  });
  if (roles.some((r) => r.role === 'client') && roles.some((r) => r.role !== 'client')) {
    issues.push({ path: 'roles', message: 'client_only' });
  }
  return issues;
}
