import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { Branch } from '../../../common/schemas/admin.ts';
import { api, ApiError } from '../api/client.ts';
import { useMe } from '../api/session.ts';
import { branchesKey, putRow, useBranches } from '../features/admin/api.ts';
import { BranchForm } from '../features/admin/BranchForm.tsx';
import { BranchTable, editButtonId } from '../features/admin/BranchTable.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../ui/live.tsx';
import { ErrorSummary, LoadError, Loading } from '../ui/feedback.tsx';
import { Page } from '../ui/page.tsx';

const STATUS_ID = 'branches-status';

/** The organisation's branches: list, add, change, make inactive or active again. */
export function BranchesPage() {
  const { t } = useTranslation('admin');
  const qc = useQueryClient();
  const me = useMe().data;
  const branches = useBranches();
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const [addOpen, setAddOpen] = useState(false);
  const [editId, setEditId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toggleError, setToggleError] = useState<{ error: unknown; fresh?: Branch } | null>(null);

  if (!me) return <Loading />;
  const organisation = me.organisation.name;
  const editing = branches.data?.find((b) => b.id === editId);

  const openAdd = () => {
    live.clear();
    setAddOpen(true);
    focusLater('branch-new-name');
  };
  const closeAdd = () => {
    setAddOpen(false);
    focusLater('branch-add-toggle');
  };
  const created = (b: Branch) => {
    setAddOpen(false);
    live.say(<p>{t('branches.created', { name: b.name })}</p>);
    focusLater(STATUS_ID);
  };
  const edit = (b: Branch) => {
    live.clear();
    setToggleError(null);
    setEditId(b.id);
    focusLater('branch-edit-title');
  };
  const closeEdit = () => {
    if (editId) focusLater(editButtonId(editId));
    setEditId(null);
  };
  const saved = (b: Branch) => {
    live.say(<p>{t('branches.saved', { name: b.name })}</p>);
    closeEdit();
  };

  /** Make a branch inactive or active again; focus stays on the button, the result is announced. */
  const toggle = async (b: Branch) => {
    if (busyId) return;
    setBusyId(b.id);
    setToggleError(null);
    live.clear();
    try {
      const updated = await api<Branch>('PUT', `/api/branches/${b.id}`, {
        body: { name: b.name, address: b.address, active: !b.active },
        version: b.version,
      });
      putRow(qc, branchesKey, updated);
      live.say(<p>{updated.active ? t('branches.nowActive', { name: updated.name }) : t('branches.nowInactive', { name: updated.name })}</p>);
    } catch (err) {
      let fresh: Branch | undefined;
      if (err instanceof ApiError && err.code === 'stale_version') {
        const current = err.problem.current as Branch | undefined;
        if (current && typeof current === 'object' && 'version' in current) {
          fresh = current;
          putRow(qc, branchesKey, current);
        } else {
          await qc.invalidateQueries({ queryKey: branchesKey });
        }
      } else if (err instanceof ApiError && err.code === 'not_found') {
        await qc.invalidateQueries({ queryKey: branchesKey });
      }
      setToggleError({ error: err, fresh });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Page title={t('branches.title')} intro={<p>{t('branches.intro', { organisation })}</p>} wide>
      <div className="toolbar">
        <button
          type="button"
          id="branch-add-toggle"
          className="button"
          aria-expanded={addOpen}
          aria-controls={addOpen ? 'branch-add-section' : undefined}
          onClick={() => (addOpen ? closeAdd() : openAdd())}
        >
          {t('branches.add')}
        </button>
      </div>

      {addOpen ? (
        <section id="branch-add-section" className="panel" aria-labelledby="branch-new-title">
          <h2 id="branch-new-title">{t('branches.addTitle')}</h2>
          <BranchForm idPrefix="branch-new" onSaved={created} onCancel={closeAdd} />
        </section>
      ) : null}

      {toggleError ? (
        <ErrorSummary error={toggleError.error}>
          {toggleError.fresh ? <p>{t('branches.staleToggle', { name: toggleError.fresh.name })}</p> : null}
        </ErrorSummary>
      ) : null}
      <LiveStatus message={live.message} id={STATUS_ID} />

      {branches.isPending ? (
        <Loading />
      ) : branches.isError ? (
        <LoadError error={branches.error} retry={() => void branches.refetch()} />
      ) : branches.data.length === 0 ? (
        <p>{t('branches.empty')}</p>
      ) : (
        <BranchTable
          branches={branches.data}
          organisation={organisation}
          selectedId={editId}
          busyId={busyId}
          onEdit={edit}
          onToggle={(b) => void toggle(b)}
        />
      )}

      {editing ? (
        <section className="panel" aria-labelledby="branch-edit-title">
          <h2 id="branch-edit-title" tabIndex={-1}>{t('branches.editTitle', { name: editing.name })}</h2>
          <BranchForm key={editing.id} branch={editing} idPrefix="branch-edit" onSaved={saved} onCancel={closeEdit} />
        </section>
      ) : null}
    </Page>
  );
}
