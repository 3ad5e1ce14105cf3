import { useTranslation } from 'react-i18next';
import { EMPLOYER_SIZE_CLASSES } from '../../../../common/schemas/employers.ts';
import { useCan } from '../../api/session.ts';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { useEmployerOrganisations } from './api.ts';
import { ApiError } from '../../api/client.ts';
import { issueCodes, LIMITS, type EmployerDraft, type FieldIssue } from './forms.ts';

/** The field issues of an API failure (our own browser checks included), as codes. */
export const serverIssues = (error: unknown): FieldIssue[] => (error instanceof ApiError ? issueCodes(error.problem.errors ?? []) : []);

/** The control id of a field of a form with this prefix: "new-employer-name", "site-3-lat". */
export const fieldId = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, '-')}`;

/**
 * Messages by field path from our own checks (a browser problem) or the server's answer,
 * in the page's words (errors.<code>), never the server's English.
 */
export function useIssueMessages(error: unknown, extra: FieldIssue[] = []): Record<string, string> {
  const { t } = useTranslation('employers');
  const out: Record<string, string> = {};
  for (const issue of [...serverIssues(error), ...extra]) {
    if (out[issue.path]) continue;
    if (issue.path === 'method' && issue.message === 'required') out[issue.path] = t('errors.methodRequired');
    else if (/^objections\.\d+\.objection$/.test(issue.path) && issue.message === 'required') out[issue.path] = t('errors.objectionRequired');
    else out[issue.path] = t(`errors.${issue.message}`);
  }
  return out;
}

/** The fields of the employer record, for a new one and for changing one. */
export function EmployerFields({ prefix, draft, messages, onChange, linkedName }: {
  prefix: string;
  /** The name of the organisation the record is linked to now, should the list not hold it. */
  linkedName?: string;
  draft: EmployerDraft;
  messages: Record<string, string>;
  onChange: (patch: Partial<EmployerDraft>) => void;
}) {
  const { t } = useTranslation('employers');
  const canLink = useCan('consents.give');
  const organisations = useEmployerOrganisations(canLink);
  const id = (f: keyof EmployerDraft) => fieldId(prefix, f);
  const linkedKnown = organisations.data?.some((o) => o.id === draft.linkedOrganisationId) ?? false;
  return (
    <>
      <TextField
        id={id('name')} label={t('fields.name')} required error={messages.name} maxLength={LIMITS.name} autoComplete="organization"
        value={draft.name} onChange={(e) => onChange({ name: e.target.value })}
      />
      <TextField id={id('sector')} label={t('fields.sector')} error={messages.sector} maxLength={LIMITS.sector} value={draft.sector} onChange={(e) => onChange({ sector: e.target.value })} />
      <SelectField id={id('sizeClass')} label={t('fields.sizeClass')} error={messages.sizeClass} value={draft.sizeClass} onChange={(e) => onChange({ sizeClass: e.target.value as EmployerDraft['sizeClass'] })}>
        <option value="">{t('fields.sizeNone')}</option>
        {EMPLOYER_SIZE_CLASSES.map((s) => <option key={s} value={s}>{t(`fields.sizes.${s}`)}</option>)}
      </SelectField>
      <TextField
        id={id('website')} label={t('fields.website')} hint={t('fields.websiteHint')} error={messages.website} type="url" inputMode="url" autoComplete="url"
        maxLength={LIMITS.website} value={draft.website} onChange={(e) => onChange({ website: e.target.value })}
      />
      {canLink ? (
        <SelectField
          id={id('linkedOrganisationId')} label={t('fields.linkedOrganisation')} hint={t('fields.linkedHint')} error={messages.linkedOrganisationId}
          value={draft.linkedOrganisationId} onChange={(e) => onChange({ linkedOrganisationId: e.target.value })}
        >
          <option value="">{t('fields.linkedNone')}</option>
          {draft.linkedOrganisationId && !linkedKnown ? <option value={draft.linkedOrganisationId}>{linkedName ?? draft.linkedOrganisationId}</option> : null}
          {(organisations.data ?? []).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </SelectField>
      ) : null}
      <TextArea
        id={id('notes')} label={t('fields.notes')} hint={t('fields.notesHint')} error={messages.notes} rows={4} maxLength={LIMITS.notes}
        value={draft.notes} onChange={(e) => onChange({ notes: e.target.value })}
      />
    </>
  );
}

/** The error summary's entries for the employer fields. */
export function employerSummary(prefix: string, t: (k: string) => string, messages: Record<string, string>) {
  const fields = ['name', 'sector', 'sizeClass', 'website', 'linkedOrganisationId', 'notes'] as const;
  const labels: Record<(typeof fields)[number], string> = {
    name: t('fields.name'), sector: t('fields.sector'), sizeClass: t('fields.sizeClass'), website: t('fields.website'),
    linkedOrganisationId: t('fields.linkedOrganisation'), notes: t('fields.notes'),
  };
  return Object.fromEntries(fields.map((f) => [f, { id: fieldId(prefix, f), label: labels[f], message: messages[f] }]));
}
