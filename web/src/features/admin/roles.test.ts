import { describe, expect, it } from 'vitest';
import { choiceFrom, roleIssues, rolePathRoute, toAssignments } from './roles.tsx';

const BRANCH = '7b0c3c55-6f6c-4c56-9a43-0d6f1c7c9a11';

describe('role choices', () => {
  it('sends roles in the form’s order with the branch only on the branch role', () => {
    expect(toAssignments('employer', { roles: ['org_admin', 'supervisor'], branchId: BRANCH })).toEqual([
      { role: 'supervisor', branchId: BRANCH },
      { role: 'org_admin', branchId: null },
    ]);
  });

  it('reads a person’s roles back into a choice', () => {
    expect(choiceFrom([{ role: 'hr_officer', branchId: null }, { role: 'supervisor', branchId: BRANCH }])).toEqual({
      roles: ['hr_officer', 'supervisor'],
      branchId: BRANCH,
    });
  });

  it('finds the mistakes the server would refuse', () => {
    expect(roleIssues([])).toEqual([{ path: 'roles', message: 'rolesRequired' }]);
    expect(roleIssues(toAssignments('employer', { roles: ['supervisor'], branchId: '' }))).toEqual([
      { path: 'roles.0.branchId', message: 'branch_required' },
    ]);
    expect(roleIssues(toAssignments('coaching', { roles: ['coach', 'client'], branchId: '' }))).toEqual([
      { path: 'roles', message: 'client_only' },
    ]);
  });

  it('routes a server error path to the branch select or the roles group', () => {
    const route = rolePathRoute(toAssignments('employer', { roles: ['hr_officer', 'supervisor'], branchId: '' }));
    expect(route('roles.1.branchId')).toBe('branch');
    expect(route('roles.0.branchId')).toBe('roles');
    expect(route('roles.0.role')).toBe('roles');
    expect(route('roles')).toBe('roles');
    expect(route('email')).toBeUndefined();
  });
});
