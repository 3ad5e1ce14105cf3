import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ROLES_BY_KIND, type OrganisationKind } from '../../../../common/roles.ts';
import type { Branch, UserSummary } from '../../../../common/schemas/admin.ts';
import { api } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { TextField } from '../../ui/forms.tsx';
import { putRow, usersKey } from './api.ts';
import { clientValidation, EMAIL_PATTERN, fieldMessages, type FieldIssue } from './errors.ts';
import { RoleFields, roleCheckboxId, roleIssues, rolePathRoute, toAssignments, type RoleChoice } from './roles.tsx';

const ID = 'invite';

/** Invite a person: name, email and roles; the server emails them a link to choose a password. */
export function InviteForm({ kind, branches, branchesFailed, onInvited, onCancel }: {
  kind: OrganisationKind;
  branches: Branch[] | undefined;
  branchesFailed: boolean;
  onInvited: (user: UserSummary) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('admin');
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [choice, setChoice] = useState<RoleChoice>({ roles: [], branchId: '' });
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const assignments = toAssignments(kind, choice);
  const route = (path: string) => (path === 'name' || path === 'email' ? path : rolePathRoute(assignments)(path));
  const messages = fieldMessages(error, t, route, (field) =>
    field === 'email' ? t('errors.emailInvalid') : field === 'name' ? t('errors.nameRequired') : field === 'roles' ? t('errors.rolesInvalid') : t('errors.invalid'),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues: FieldIssue[] = [];
    if (!name.trim()) issues.push({ path: 'name', message: 'nameRequired' });
    else if (name.trim().length > 200) issues.push({ path: 'name', message: 'nameTooLong' });
    if (!email.trim()) issues.push({ path: 'email', message: 'emailRequired' });
    else if (!EMAIL_PATTERN.test(email.trim())) issues.push({ path: 'email', message: 'emailInvalid' });
    issues.push(...roleIssues(assignments));
    const invalid = clientValidation(issues);
    if (invalid) {
      setError(invalid);
      return;
    }
    setPending(true);
    try {
      const user = await api<UserSummary>('POST', '/api/admin/users', { body: { name: name.trim(), email: email.trim(), roles: assignments } });
      putRow(qc, usersKey, user);
      void qc.invalidateQueries({ queryKey: usersKey });
      setName('');
      setEmail('');
      setChoice({ roles: [], branchId: '' });
      setError(null);
      onInvited(user);
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };

  const firstRole = ROLES_BY_KIND[kind][0] ?? 'coach';
  const summaryFields = {
    name: { id: `${ID}-name`, label: t('invite.name'), message: messages.name },
    email: { id: `${ID}-email`, label: t('invite.email'), message: messages.email },
    roles: { id: roleCheckboxId(ID, choice.roles[0] ?? firstRole), label: t('roles.legend'), message: messages.roles },
    branch: { id: `${ID}-branch`, label: t('roles.branch', { role: t('core:roles.supervisor') }), message: messages.branch },
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="invite-title">
      <ErrorSummary error={error} fields={summaryFields} />
      <TextField
        id={`${ID}-name`}
        label={t('invite.name')}
        hint={t('invite.nameHint')}
        error={messages.name}
        required
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        id={`${ID}-email`}
        label={t('invite.email')}
        hint={t('invite.emailHint')}
        error={messages.email}
        required
        type="email"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <RoleFields
        idPrefix={ID}
        kind={kind}
        choice={choice}
        onChange={setChoice}
        branches={branches}
        branchesFailed={branchesFailed}
        rolesError={messages.roles}
        branchError={messages.branch}
      />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? t('invite.sending') : t('invite.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('core:common.cancel')}
        </button>
      </div>
    </form>
  );
}
