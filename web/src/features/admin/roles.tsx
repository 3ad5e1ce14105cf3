import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BRANCH_ROLES, ROLES_BY_KIND, type OrganisationKind, type Role } from '../../../../common/roles.ts';
import type { Branch, RoleAssignment, UserSummary } from '../../../../common/schemas/admin.ts';
import { CheckboxField, SelectField } from '../../ui/forms.tsx';
import type { FieldIssue } from './errors.ts';

/** What a roles form holds: the ticked roles and the branch for a branch role (supervisor). */
export interface RoleChoice {
  roles: Role[];
  branchId: string;
}

export const isBranchRole = (role: Role) => BRANCH_ROLES.includes(role);

export function choiceFrom(roles: UserSummary['roles']): RoleChoice {
  return {
    roles: [...new Set(roles.map((r) => r.role))],
    branchId: roles.find((r) => isBranchRole(r.role) && r.branchId)?.branchId ?? '',
  };
}

/** The assignments sent to the server, in the order the form lists the roles. */
export function toAssignments(kind: OrganisationKind, choice: RoleChoice): RoleAssignment[] {
  const order = [...ROLES_BY_KIND[kind], ...choice.roles.filter((r) => !ROLES_BY_KIND[kind].includes(r))];
  return order
    .filter((role) => choice.roles.includes(role))
    .map((role) => ({ role, branchId: isBranchRole(role) ? choice.branchId || null : null }));
}

/** The checks the server makes too, done before sending so nobody waits for an obvious mistake. */
export function roleIssues(assignments: RoleAssignment[]): FieldIssue[] {
  if (assignments.length === 0) return [{ path: 'roles', message: 'rolesRequired' }];
  const issues: FieldIssue[] = [];
  assignments.forEach((a, i) => {
    if (isBranchRole(a.role) && !a.branchId) issues.push({ path: `roles.${i}.branchId`, message: 'branch_required' });
  });
  if (assignments.some((a) => a.role === 'client') && assignments.some((a) => a.role !== 'client')) {
    issues.push({ path: 'roles', message: 'client_only' });
  }
  return issues;
}

/** Which field of a roles form an error path belongs to: the branch select or the roles group. */
export function rolePathRoute(assignments: RoleAssignment[]) {
  return (path: string): 'roles' | 'branch' | undefined => {
    if (path !== 'roles' && !path.startsWith('roles.')) return undefined;
    const m = /^roles\.(\d+)\.branchId$/.exec(path);
    const assignment = m ? assignments[Number(m[1])] : undefined;
    return assignment && isBranchRole(assignment.role) ? 'branch' : 'roles';
  };
}

/** "Leidinggevende / mentor – Groenhof Gent-Zuid": a person's roles in words. */
export function useRoleWords() {
  const { t } = useTranslation('admin');
  return (roles: UserSummary['roles'], branches: Branch[] | undefined): string[] =>
    roles.map((r) => {
      const role = t(`core:roles.${r.role}`);
      if (!r.branchId) return role;
      const branch = branches?.find((b) => b.id === r.branchId)?.name ?? t('users.unknownBranch');
      return t('users.roleWithBranch', { role, branch });
    });
}

export const roleCheckboxId = (prefix: string, role: Role) => `${prefix}-role-${role}`;

interface RoleFieldsProps {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  kind: OrganisationKind;
  choice: RoleChoice;
  onChange: (choice: RoleChoice) => void;
  branches: Branch[] | undefined;
  branchesFailed?: boolean;
  /** The branch the person has now: offered even when it is inactive. */
  currentBranchId?: string;
  rolesError?: string;
  branchError?: string;
  disabled?: boolean;
}

/** The roles of a person as a group of checkboxes, with the branch select revealed for a branch role. */
export function RoleFields({ idPrefix, kind, choice, onChange, branches, branchesFailed, currentBranchId, rolesError, branchError, disabled }: RoleFieldsProps) {
  const { t } = useTranslation('admin');
  const hintId = `${idPrefix}-roles-hint`;
  const errorId = `${idPrefix}-roles-error`;
  const available = [...ROLES_BY_KIND[kind], ...choice.roles.filter((r) => !ROLES_BY_KIND[kind].includes(r))];
  const selectable = (branches ?? []).filter((b) => b.active || b.id === currentBranchId || b.id === choice.branchId);

  const toggle = (role: Role, on: boolean) =>
    onChange({ ...choice, roles: on ? [...choice.roles, role] : choice.roles.filter((r) => r !== role) });

  return (
    <fieldset className={`fieldset${rolesError ? ' fieldset--error' : ''}`} aria-describedby={rolesError ? `${hintId} ${errorId}` : hintId}>
      <legend>{t('roles.legend')}</legend>
      <p id={hintId} className="field__hint">{t('roles.hint')}</p>
      {rolesError ? <p id={errorId} className="field__error">{rolesError}</p> : null}
      {available.map((role) => {
        const checked = choice.roles.includes(role);
        return (
          <Fragment key={role}>
            <CheckboxField
              id={roleCheckboxId(idPrefix, role)}
              label={t(`core:roles.${role}`)}
              hint={t(`roles.description.${role}`, { defaultValue: '' }) || undefined}
              checked={checked}
              disabled={disabled}
              onChange={(e) => toggle(role, e.target.checked)}
            />
            {isBranchRole(role) && checked ? (
              <div className="conditional">
                {branchesFailed ? (
                  <p id={`${idPrefix}-branch`} className="field__error" tabIndex={-1}>{t('roles.branchesFailed')}</p>
                ) : branches && selectable.length === 0 ? (
                  <p id={`${idPrefix}-branch`} tabIndex={-1} className={branchError ? 'field__error' : undefined}>
                    {t('roles.noBranches')} <Link to="/admin/branches">{t('roles.branchesLink')}</Link>
                  </p>
                ) : (
                  <SelectField
                    id={`${idPrefix}-branch`}
                    label={t('roles.branch', { role: t(`core:roles.${role}`) })}
                    hint={t('roles.branchHint')}
                    error={branchError}
                    required
                    disabled={disabled || !branches}
                    value={choice.branchId}
                    onChange={(e) => onChange({ ...choice, branchId: e.target.value })}
                  >
                    <option value="">{t('roles.branchChoose')}</option>
                    {selectable.map((b) => (
                      <option key={b.id} value={b.id}>{b.active ? b.name : t('roles.branchInactive', { name: b.name })}</option>
                    ))}
                  </SelectField>
                )}
              </div>
            ) : null}
          </Fragment>
        );
      })}
    </fieldset>
  );
}
