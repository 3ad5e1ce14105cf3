import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES } from '../../../../common/consent.ts';
import type { Consent } from '../../../../common/schemas/consent.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { TextField } from '../../ui/forms.tsx';
import { useRecipients } from './api.ts';
import { CategoryFieldset, RadioFieldset, RecipientSelect, categoryBoxId, radioId } from './fields.tsx';
import { upperFirst, useConsentLabels } from './labels.ts';
import { localToday, portalDraft, portalIssues, portalServerIssues, toGrant, type PlainField, type PlainIssue, type PortalAnswers } from './rules.ts';

const ID = 'give';

const empty: PortalAnswers = { recipient: '', categories: [], purpose: '', until: 'open', untilDate: '' };

const invalid = () => browserProblem();

/** The client gives a consent in the portal (method 'portal'), one plain question after another. */
export function GiveConsentForm({ clientId, onGiven }: { clientId: string; onGiven: (consent: Consent) => void }) {
  const { t } = useTranslation('consent');
  const labels = useConsentLabels();
  const recipients = useRecipients();
  const [answers, setAnswers] = useState<PortalAnswers>(empty);
  const [issues, setIssues] = useState<PlainIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof PortalAnswers>(key: K, value: PortalAnswers[K]) => setAnswers((a) => ({ ...a, [key]: value }));
  const message = (field: PlainField) => {
    const i = issues.find((x) => x.field === field);
    return i ? t(`errorsPlain.${i.code}`) : undefined;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const found = portalIssues(answers, localToday());
    if (found.length > 0) {
      setIssues(found);
      setError(invalid());
      return;
    }
    setPending(true);
    const sent = portalDraft(answers);
    try {
      const created = await api<Consent>('POST', `/api/clients/${clientId}/consents`, { body: toGrant(sent) });
      setAnswers(empty);
      setIssues([]);
      setError(null);
      onGiven(created);
    } catch (err) {
      setIssues(err instanceof ApiError ? portalServerIssues(err.problem.errors ?? [], sent) : []);
      setError(err);
    } finally {
      setPending(false);
    }
  };

  const summaryFields = {
    recipient: { id: `${ID}-recipient`, label: t('my.give.recipient'), message: message('recipient') },
    categories: { id: categoryBoxId(ID, answers.categories[0] ?? 'identity'), label: t('my.give.categories'), message: message('categories') },
    purpose: { id: radioId(`${ID}-purpose`, answers.purpose || CONSENT_PURPOSES[0]), label: t('my.give.purpose'), message: message('purpose') },
    until: { id: answers.until === 'date' ? `${ID}-end-date` : radioId(`${ID}-until`, answers.until || 'open'), label: t('my.give.until'), message: message('until') },
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="give-title">
      <ErrorSummary error={error} fields={summaryFields} />
      {recipients.isPending ? (
        <Loading />
      ) : recipients.isError ? (
        <LoadError error={recipients.error} retry={() => void recipients.refetch()} />
      ) : (
        <RecipientSelect
          id={`${ID}-recipient`}
          label={t('my.give.recipient')}
          error={message('recipient')}
          choose={t('my.give.recipientChoose')}
          employersGroup={t('my.give.employersGroup')}
          recipients={recipients.data}
          value={answers.recipient}
          onChange={(v) => set('recipient', v)}
        />
      )}
      <CategoryFieldset
        prefix={ID}
        legend={t('my.give.categories')}
        hint={t('my.give.categoriesHint')}
        healthHint={t('my.give.healthHint')}
        mixedNow={t('my.give.healthMixedNow')}
        error={message('categories')}
        wording="plain"
        value={answers.categories}
        onChange={(v) => set('categories', v)}
      />
      <RadioFieldset
        prefix={`${ID}-purpose`}
        legend={t('my.give.purpose')}
        error={message('purpose')}
        options={CONSENT_PURPOSES.map((p) => ({ value: p, label: upperFirst(labels.purpose(p, 'plain')) }))}
        value={answers.purpose}
        onChange={(v) => set('purpose', v)}
      />
      <RadioFieldset
        prefix={`${ID}-until`}
        legend={t('my.give.until')}
        error={answers.until === 'date' ? undefined : message('until')}
        options={[{ value: 'open' as const, label: t('my.give.untilOpen') }, { value: 'date' as const, label: t('my.give.untilDate') }]}
        value={answers.until}
        onChange={(v) => set('until', v)}
      />
      {answers.until === 'date' ? (
        <TextField
          id={`${ID}-end-date`}
          type="date"
          label={t('my.give.untilDateLabel')}
          error={message('until')}
          required
          min={localToday()}
          value={answers.untilDate}
          onChange={(e) => set('untilDate', e.target.value)}
        />
      ) : null}
      <div className="actions">
        <button type="submit" className="button button--big" aria-disabled={pending || undefined}>
          {pending ? t('my.give.saving') : t('my.give.submit')}
        </button>
      </div>
    </form>
  );
}
