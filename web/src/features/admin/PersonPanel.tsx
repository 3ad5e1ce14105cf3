import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { OrganisationKind } from '../../../../common/roles.ts';
import type { Branch, UserSummary } from '../../../../common/schemas/admin.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { putRow, usersKey } from './api.ts';
import { clientValidation, fieldMessages } from './errors.ts';
import { useFocusLater } from '../../ui/live.tsx';
import { ResendInvitation } from './ResendInvitation.tsx';
import { choiceFrom, RoleFields, roleCheckboxId, roleIssues, rolePathRoute, toAssignments, useRoleWords, type RoleChoice } from './roles.tsx';

const ID = 'person';
export const PERSON_PANEL_TITLE = 'person-panel-title';

/** The fresh row the server sends with 412 stale_version, if it is a person. */
function currentOf(err: unknown): UserSummary | undefined {
  if (!(err instanceof ApiError) || err.code !== 'stale_version') return undefined;
  const current = err.problem.current as UserSummary | undefined;
  return current && typeof current === 'object' && 'version' in current ? current : undefined;
}

/**
 * Managing one person: their roles (PUT with If-Match) and their access (deactivate, with a
 * confirmation step, or reactivate). Opened from the people table; focus goes to its heading.
 */
export function PersonPanel({ person, meId, kind, branches, branchesFailed, onDone, onClose }: {
  person: UserSummary;
  meId: string;
  kind: OrganisationKind;
  branches: Branch[] | undefined;
  branchesFailed: boolean;
  /** The panel's work is done: close it and say `message`. */
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  const qc = useQueryClient();
  const roleWords = useRoleWords();
  const focusLater = useFocusLater();
  const isMe = person.id === meId;

  // The version this panel's edits are based on: fixed when it opens, renewed only when we
  // have shown the person a newer version (after stale_version).
  const [baseVersion, setBaseVersion] = useState(person.version);
  const [choice, setChoice] = useState<RoleChoice>(() => choiceFrom(person.roles));
  const [initialBranch] = useState(choice.branchId);
  const [rolesError, setRolesError] = useState<unknown>(null);
  const [rolesStale, setRolesStale] = useState<UserSummary | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [accessError, setAccessError] = useState<unknown>(null);
  const [accessStale, setAccessStale] = useState<UserSummary | null>(null);
  const [pending, setPending] = useState<'roles' | 'access' | null>(null);

  const assignments = toAssignments(kind, choice);
  const messages = fieldMessages(rolesError, t, rolePathRoute(assignments), (field) => (field === 'roles' ? t('errors.rolesInvalid') : t('errors.invalid')));
  if (rolesError instanceof ApiError && rolesError.code === 'last_admin' && !messages.roles) messages.roles = t('errors.last_admin');

  /** After a 412: show the fresh row, base the next try on it. Returns whether it was stale. */
  const takeFresh = async (err: unknown): Promise<UserSummary | null> => {
    if (!(err instanceof ApiError) || err.code !== 'stale_version') return null;
    let fresh = currentOf(err);
    if (!fresh) {
      await qc.invalidateQueries({ queryKey: usersKey });
      fresh = qc.getQueryData<UserSummary[]>(usersKey)?.find((u) => u.id === person.id);
    } else {
      putRow(qc, usersKey, fresh);
    }
    if (fresh) setBaseVersion(fresh.version);
    return fresh ?? null;
  };

  const saveRoles = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    setRolesStale(null);
    const invalid = clientValidation(roleIssues(assignments));
    if (invalid) {
      setRolesError(invalid);
      return;
    }
    setPending('roles');
    try {
      const updated = await api<UserSummary>('PUT', `/api/admin/users/${person.id}/roles`, { body: { roles: assignments }, version: baseVersion });
      putRow(qc, usersKey, updated);
      if (isMe) void qc.invalidateQueries({ queryKey: ['me'] });
      onDone(t('person.saved', { name: updated.name }));
    } catch (err) {
      setRolesStale(await takeFresh(err));
      setRolesError(err);
    } finally {
      setPending(null);
    }
  };

  const changeAccess = async (verb: 'deactivate' | 'reactivate') => {
    if (pending) return;
    setPending('access');
    setAccessStale(null);
    try {
      const updated = await api<UserSummary>('POST', `/api/admin/users/${person.id}/${verb}`, { version: baseVersion });
      putRow(qc, usersKey, updated);
      const name = updated.name;
      onDone(
        verb === 'deactivate'
          ? t('person.deactivated', { name })
          : updated.status === 'invited'
            ? t('person.reactivatedInvited', { name })
            : t('person.reactivated', { name }),
      );
    } catch (err) {
      setConfirming(false);
      setAccessStale(await takeFresh(err));
      setAccessError(err);
    } finally {
      setPending(null);
    }
  };

  const firstRoleId = roleCheckboxId(ID, assignments[0]?.role ?? choiceFrom(person.roles).roles[0] ?? 'coach');
  const summaryFields = {
    roles: { id: firstRoleId, label: t('roles.legend'), message: messages.roles },
    branch: { id: `${ID}-branch`, label: t('roles.branch', { role: t('core:roles.supervisor') }), message: messages.branch },
  };
  const statusWord = (u: UserSummary) => t(`core:status.${u.status}`);

  return (
    <section className="panel" aria-labelledby={PERSON_PANEL_TITLE}>
      <div className="panel__head">
        <h2 id={PERSON_PANEL_TITLE} tabIndex={-1}>{t('person.title', { name: person.name })}</h2>
        <button type="button" className="button button--secondary" onClick={onClose}>{t('person.close')}</button>
      </div>
      <dl className="details">
        <dt>{t('person.email')}</dt>
        <dd className="break">{person.email}</dd>
        <dt>{t('person.status')}</dt>
        <dd>{statusWord(person)}</dd>
      </dl>

      <h3>{t('person.rolesTitle')}</h3>
      <form noValidate onSubmit={(e) => void saveRoles(e)} aria-label={t('person.rolesTitle')}>
        <ErrorSummary error={rolesError} fields={summaryFields}>
          {rolesStale ? <p>{t('person.staleRoles', { name: rolesStale.name, roles: roleWords(rolesStale.roles, branches).join(', ') })}</p> : null}
        </ErrorSummary>
        {isMe ? <p className="notice">{t('person.selfHint')}</p> : null}
        <RoleFields
          idPrefix={ID}
          kind={kind}
          choice={choice}
          onChange={setChoice}
          branches={branches}
          branchesFailed={branchesFailed}
          currentBranchId={initialBranch}
          rolesError={messages.roles}
          branchError={messages.branch}
        />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending !== null || undefined}>
            {pending === 'roles' ? t('core:common.saving') : t('person.save')}
          </button>
        </div>
      </form>

      <h3>{t('person.accessTitle')}</h3>
      <ErrorSummary error={accessError}>
        {accessStale ? <p>{t('person.staleStatus', { name: accessStale.name, status: statusWord(accessStale) })}</p> : null}
      </ErrorSummary>
      <p>{t(`person.${person.status}Intro`, { name: person.name })}</p>
      {person.status === 'invited' ? <ResendInvitation person={person} onDone={onDone} /> : null}
      {person.status === 'deactivated' ? (
        <>
          <p className="field__hint">{t('person.reactivateHint')}</p>
          <div className="actions">
            <button type="button" className="button" aria-disabled={pending !== null || undefined} onClick={() => void changeAccess('reactivate')}>
              {pending === 'access' ? t('person.working') : t('person.reactivate')}
            </button>
          </div>
        </>
      ) : isMe ? (
        <p>{t('person.selfNoDeactivate')}</p>
      ) : confirming ? (
        <div className="confirm">
          <h4 id="deactivate-confirm-title" tabIndex={-1}>{t('person.confirmTitle', { name: person.name })}</h4>
          <p>{t('person.confirmBody', { name: person.name })}</p>
          <div className="actions">
            <button type="button" className="button button--danger" aria-disabled={pending !== null || undefined} onClick={() => void changeAccess('deactivate')}>
              {pending === 'access' ? t('person.working') : t('person.confirmYes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                focusLater('deactivate-start');
              }}
            >
              {t('core:common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            id="deactivate-start"
            className="button button--danger"
            onClick={() => {
              setAccessError(null);
              setConfirming(true);
              focusLater('deactivate-confirm-title');
            }}
          >
            {t('person.deactivate')}
          </button>
        </div>
      )}
    </section>
  );
}
