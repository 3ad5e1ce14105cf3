import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CONSENT_CATEGORIES, CONSENT_PURPOSES } from '../../../../common/consent.ts';
import { CONSENT_EVIDENCE_MAX, type Consent } from '../../../../common/schemas/consent.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { useRecipients } from './api.ts';
import { CategoryFieldset, RadioFieldset, RecipientSelect, categoryBoxId, radioId } from './fields.tsx';
import { useConsentLabels } from './labels.ts';
import { draftIssues, localToday, serverIssues, toGrant, type ConsentDraft, type DraftField, type DraftIssue } from './rules.ts';

const ID = 'consent';

const emptyDraft = (): ConsentDraft => ({
  recipient: '', categories: [...DEFAULT_CONSENT_CATEGORIES], purpose: '', validFrom: localToday(), validUntil: '', method: '', evidence: '',
});

/** A problem found in the browser, shaped like the server's answer so the summary shows both alike. */
const invalid = () => browserProblem();

/**
 * The coach records a consent the client gave: recipient, categories (health only on its own),
 * purpose, validity, how it was given and the evidence. What was typed stays on any error.
 */
export function ConsentForm({ clientId, onRecorded }: { clientId: string; onRecorded: (consent: Consent) => void }) {
  const { t } = useTranslation('consent');
  const labels = useConsentLabels();
  const recipients = useRecipients();
  const [draft, setDraft] = useState<ConsentDraft>(emptyDraft);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<DraftIssue[]>([]);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof ConsentDraft>(key: K, value: ConsentDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const message = (field: DraftField) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? t(`errors.${issue.code}`, { max: CONSENT_EVIDENCE_MAX }) : undefined;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const found = draftIssues(draft);
    if (!draft.validFrom) found.push({ field: 'validFrom', code: 'dateInvalid' });
    if (found.length > 0) {
      setIssues(found);
      setError(invalid());
      return;
    }
    setPending(true);
    const sent = draft;
    try {
      const created = await api<Consent>('POST', `/api/clients/${clientId}/consents`, { body: toGrant(sent) });
      setDraft(emptyDraft());
      setIssues([]);
      setError(null);
      onRecorded(created);
    } catch (err) {
      setIssues(err instanceof ApiError ? serverIssues(err.problem.errors ?? [], sent) : []);
      setError(err);
    } finally {
      setPending(false);
    }
  };

  const summaryFields = {
    recipient: { id: `${ID}-recipient`, label: t('coach.form.recipient'), message: message('recipient') },
    categories: { id: categoryBoxId(ID, draft.categories[0] ?? 'identity'), label: t('coach.form.categories'), message: message('categories') },
    purpose: { id: `${ID}-purpose`, label: t('coach.form.purpose'), message: message('purpose') },
    validFrom: { id: `${ID}-valid-from`, label: t('coach.form.validFrom'), message: message('validFrom') },
    validUntil: { id: `${ID}-valid-until`, label: t('coach.form.validUntil'), message: message('validUntil') },
    method: { id: radioId(`${ID}-method`, draft.method || 'written'), label: t('coach.form.method'), message: message('method') },
    evidence: { id: `${ID}-evidence`, label: t('coach.form.evidence'), message: message('evidence') },
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="consent-form-title">
      <ErrorSummary error={error} fields={summaryFields} />
      {recipients.isPending ? (
        <Loading />
      ) : recipients.isError ? (
        <LoadError error={recipients.error} retry={() => void recipients.refetch()} />
      ) : (
        <RecipientSelect
          id={`${ID}-recipient`}
          label={t('coach.form.recipient')}
          hint={t('coach.form.recipientHint')}
          error={message('recipient')}
          choose={t('coach.form.recipientChoose')}
          employersGroup={t('labels.employersWithoutAccount')}
          recipients={recipients.data}
          value={draft.recipient}
          onChange={(v) => set('recipient', v)}
        />
      )}
      <CategoryFieldset
        prefix={ID}
        legend={t('coach.form.categories')}
        hint={t('coach.form.categoriesHint')}
        healthHint={t('coach.form.healthHint')}
        mixedNow={t('coach.form.healthMixedNow')}
        error={message('categories')}
        wording="coach"
        value={draft.categories}
        onChange={(v) => set('categories', v)}
      />
      <SelectField
        id={`${ID}-purpose`}
        label={t('coach.form.purpose')}
        error={message('purpose')}
        required
        value={draft.purpose}
        onChange={(e) => set('purpose', e.target.value as ConsentDraft['purpose'])}
      >
        <option value="">{t('coach.form.purposeChoose')}</option>
        {CONSENT_PURPOSES.map((p) => <option key={p} value={p}>{labels.purpose(p)}</option>)}
      </SelectField>
      <div className="consent-dates">
        <TextField id={`${ID}-valid-from`} type="date" label={t('coach.form.validFrom')} error={message('validFrom')} required value={draft.validFrom} onChange={(e) => set('validFrom', e.target.value)} />
        <TextField id={`${ID}-valid-until`} type="date" label={t('coach.form.validUntil')} hint={t('coach.form.validUntilHint')} error={message('validUntil')} min={draft.validFrom || undefined} value={draft.validUntil} onChange={(e) => set('validUntil', e.target.value)} />
      </div>
      <RadioFieldset
        prefix={`${ID}-method`}
        legend={t('coach.form.method')}
        error={message('method')}
        options={(['written', 'verbal'] as const).map((m) => ({ value: m, label: labels.method(m) }))}
        value={draft.method}
        onChange={(v) => set('method', v)}
      />
      <TextArea
        id={`${ID}-evidence`}
        label={t('coach.form.evidence')}
        hint={t('coach.form.evidenceHint')}
        error={message('evidence')}
        rows={3}
        maxLength={CONSENT_EVIDENCE_MAX}
        value={draft.evidence}
        onChange={(e) => set('evidence', e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? t('coach.form.saving') : t('coach.form.submit')}
        </button>
      </div>
    </form>
  );
}
