import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserSummary } from '../../../../common/schemas/admin.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { SelectField, TextField } from '../../ui/forms.tsx';
import { clientValidation, type FieldIssue } from '../admin/errors.ts';
import {
  ACTION_CATEGORIES, FILTER_KEYS, hasFilters, isCategoryPrefix, isKnownAction, isKnownEntity, KNOWN_ACTIONS, KNOWN_ENTITIES,
  type AuditFilters,
} from './actions.ts';
import './audit.css';

const ID = 'audit-filter';
const fieldId = (key: keyof AuditFilters) => `${ID}-${key}`;

/**
 * The audit log filters. Initialised from the page address; applying them writes the address,
 * so a filtered view can be bookmarked. `serverError` is the load error, when the server
 * refused a filter (for instance a hand-edited address).
 */
export function FiltersForm({ filters, people, peopleFailed, serverError, onApply }: {
  filters: AuditFilters;
  people: UserSummary[] | undefined;
  peopleFailed: boolean;
  serverError: unknown;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation('audit');
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const [error, setError] = useState<unknown>(null);

  const set = (key: keyof AuditFilters) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  // Our own checks first; otherwise the server's refusal of the filters in the address.
  const shown = error ?? (serverError instanceof ApiError && serverError.code === 'validation' ? serverError : null);
  const messages: Partial<Record<keyof AuditFilters, string>> = {};
  if (shown instanceof ApiError) {
    for (const issue of shown.problem.errors ?? []) {
      const key = FILTER_KEYS.find((k) => k === issue.path);
      if (key && !messages[key]) messages[key] = issue.message === 'toBeforeFrom' || issue.message === 'dateInvalid' ? t(`filters.${issue.message}`) : t('filters.invalid');
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const issues: FieldIssue[] = [];
    // A half-typed date reads as "" but the browser keeps what was typed: say so rather than ignore it.
    for (const key of ['from', 'to'] as const) {
      const input = document.getElementById(fieldId(key));
      if (input instanceof HTMLInputElement && input.validity.badInput) issues.push({ path: key, message: 'dateInvalid' });
    }
    if (draft.from && draft.to && draft.to < draft.from) issues.push({ path: 'to', message: 'toBeforeFrom' });
    const invalid = clientValidation(issues);
    setError(invalid);
    if (!invalid) onApply(draft);
  };

  const labels: Record<keyof AuditFilters, string> = {
    actor: t('filters.actor'), action: t('filters.action'), entity: t('filters.entity'), from: t('filters.from'), to: t('filters.to'),
  };
  const summaryFields = Object.fromEntries(FILTER_KEYS.map((k) => [k, { id: fieldId(k), label: labels[k], message: messages[k] }]));

  const actorKnown = !draft.actor || people?.some((p) => p.id === draft.actor);
  const actionKnown = !draft.action || isKnownAction(draft.action) || isCategoryPrefix(draft.action);
  const entityKnown = !draft.entity || isKnownEntity(draft.entity);

  return (
    <search aria-label={t('filters.label')}>
      <form noValidate onSubmit={submit} className="filters">
        {shown ? <ErrorSummary error={shown} fields={summaryFields} /> : null}
        <div className="filters__grid">
          <SelectField
            id={fieldId('actor')}
            label={labels.actor}
            hint={peopleFailed ? t('filters.peopleFailed') : t('filters.actorHint')}
            error={messages.actor}
            value={draft.actor}
            onChange={set('actor')}
          >
            <option value="">{t('filters.actorAll')}</option>
            {actorKnown ? null : <option value={draft.actor}>{draft.actor}</option>}
            {(people ?? []).map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </SelectField>
          <SelectField id={fieldId('action')} label={labels.action} error={messages.action} value={draft.action} onChange={set('action')}>
            <option value="">{t('filters.actionAll')}</option>
            {actionKnown ? null : <option value={draft.action}>{t('filters.actionUnknown', { code: draft.action })}</option>}
            <optgroup label={t('filters.actionGroups')}>
              {ACTION_CATEGORIES.map((c) => (
                <option key={c} value={`${c}.`}>{t(`categories.${c}`)}</option>
              ))}
            </optgroup>
            <optgroup label={t('filters.actionSingle')}>
              {KNOWN_ACTIONS.map((a) => (
                <option key={a} value={a}>{t(`actions.${a}`)}</option>
              ))}
            </optgroup>
          </SelectField>
          <SelectField id={fieldId('entity')} label={labels.entity} error={messages.entity} value={draft.entity} onChange={set('entity')}>
            <option value="">{t('filters.entityAll')}</option>
            {entityKnown ? null : <option value={draft.entity}>{draft.entity}</option>}
            {KNOWN_ENTITIES.map((en) => (
              <option key={en} value={en}>{t(`entities.${en}`)}</option>
            ))}
          </SelectField>
          <TextField id={fieldId('from')} type="date" label={labels.from} error={messages.from} value={draft.from} max={draft.to || undefined} onChange={set('from')} />
          <TextField id={fieldId('to')} type="date" label={labels.to} error={messages.to} value={draft.to} min={draft.from || undefined} onChange={set('to')} />
        </div>
        <div className="actions">
          <button type="submit" className="button">{t('filters.apply')}</button>
          {hasFilters(filters) ? <Link to="/admin/audit">{t('filters.clear')}</Link> : null}
        </div>
      </form>
    </search>
  );
}
