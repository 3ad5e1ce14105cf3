import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { Branch, BranchInput } from '../../../../common/schemas/admin.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { CheckboxField, TextField } from '../../ui/forms.tsx';
import { branchesKey, putRow } from './api.ts';
import { clientValidation, fieldMessages, type FieldIssue } from './errors.ts';

/**
 * Adding a branch (POST) or changing one (PUT with If-Match). On a stale version the fresh
 * branch is loaded and shown, and what the person typed stays in the form.
 */
export function BranchForm({ branch, idPrefix, onSaved, onCancel }: {
  /** The branch to change; absent to add one. */
  branch?: Branch;
  idPrefix: string;
  onSaved: (branch: Branch) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('admin');
  const qc = useQueryClient();
  const [name, setName] = useState(branch?.name ?? '');
  const [address, setAddress] = useState(branch?.address ?? '');
  const [active, setActive] = useState(branch?.active ?? true);
  const [baseVersion, setBaseVersion] = useState(branch?.version);
  const [error, setError] = useState<unknown>(null);
  const [fresh, setFresh] = useState<Branch | null>(null);
  const [pending, setPending] = useState(false);

  const messages = fieldMessages(error, t, (p) => (p === 'name' || p === 'address' ? p : undefined), (field) =>
    field === 'name' ? t('errors.branchNameRequired') : t('errors.addressTooLong'),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    setFresh(null);
    const issues: FieldIssue[] = [];
    if (!name.trim()) issues.push({ path: 'name', message: 'branchNameRequired' });
    else if (name.trim().length > 200) issues.push({ path: 'name', message: 'nameTooLong' });
    if (address.trim().length > 500) issues.push({ path: 'address', message: 'addressTooLong' });
    const invalid = clientValidation(issues);
    if (invalid) {
      setError(invalid);
      return;
    }
    const body: BranchInput = { name: name.trim(), address: address.trim(), active };
    setPending(true);
    try {
      const saved = branch
        ? await api<Branch>('PUT', `/api/branches/${branch.id}`, { body, version: baseVersion })
        : await api<Branch>('POST', '/api/branches', { body });
      putRow(qc, branchesKey, saved);
      setError(null);
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'stale_version') {
        const current = err.problem.current as Branch | undefined;
        if (current && typeof current === 'object' && 'version' in current) {
          putRow(qc, branchesKey, current);
          setBaseVersion(current.version);
          setFresh(current);
        } else {
          await qc.invalidateQueries({ queryKey: branchesKey });
        }
      }
      setError(err);
    } finally {
      setPending(false);
    }
  };

  const fields = {
    name: { id: `${idPrefix}-name`, label: t('branches.name'), message: messages.name },
    address: { id: `${idPrefix}-address`, label: t('branches.address'), message: messages.address },
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${idPrefix}-title`}>
      <ErrorSummary error={error} fields={fields}>
        {fresh ? (
          <p>
            {t('branches.staleEdit', {
              name: fresh.name,
              address: fresh.address || t('branches.noAddress'),
              status: fresh.active ? t('branches.active') : t('branches.inactive'),
            })}
          </p>
        ) : null}
      </ErrorSummary>
      <TextField
        id={`${idPrefix}-name`}
        label={t('branches.name')}
        hint={t('branches.nameHint')}
        error={messages.name}
        required
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        id={`${idPrefix}-address`}
        label={t('branches.address')}
        hint={t('branches.addressHint')}
        error={messages.address}
        autoComplete="off"
        value={address}
        onChange={(e) => setAddress(e.target.value)}
      />
      {branch ? (
        <CheckboxField
          id={`${idPrefix}-active`}
          label={t('branches.activeLabel')}
          hint={t('branches.activeHint')}
          checked={active}
          onChange={(e) => setActive(e.target.checked)}
        />
      ) : null}
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? (branch ? t('core:common.saving') : t('branches.creating')) : branch ? t('core:common.save') : t('branches.create')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('core:common.cancel')}
        </button>
      </div>
    </form>
  );
}
