import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_PLAN_LIMITS, signatureIssue, type ActionPlan, type AgreementParty } from '../../../../common/schemas/action-plan.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { CheckboxField, TextField } from '../../ui/forms.tsx';
import { clientKey } from '../clients/dossier.tsx';
import { pick, type Translate } from './format.ts';
import { agreeMessages } from './problems.ts';
import { SignaturePad } from './SignaturePad.tsx';

/**
 * Agree to one version of the plan as the client or as SE-dienstverlener: the name (prefilled
 * with the signed-in person's), the seed's statement as a checkbox, and an optional drawn
 * signature. Sent with If-Match: the version the person read. `easy` gives the client's
 * plain-language texts. After success the dossier's queries are refreshed and `onAgreed` runs.
 */
export function AgreeForm({ clientId, plan, as, easy, onAgreed, headingLevel = 2 }: {
  clientId: string;
  plan: ActionPlan;
  as: AgreementParty;
  easy?: boolean;
  onAgreed: () => void;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('plan');
  const tx = pick(t as unknown as Translate, easy);
  const qc = useQueryClient();
  const me = useMe().data;
  const ids = useId();
  // null until the person types: then the signed-in person's name, which may load after the form.
  const [typedName, setName] = useState<string | null>(null);
  const name = typedName ?? me?.name ?? '';
  const [agreed, setAgreed] = useState(false);
  const [signature, setSignature] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const headingId = `${ids}-heading`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const party = tx(`parties.${as}`);
  const existing = plan.agreements[as];
  const messages = agreeMessages(error, tx);

  const shell = (body: ReactNode) => (
    <section className="agree-form" aria-labelledby={headingId}>
      <Heading id={headingId}>{tx('agree.heading', { party })}</Heading>
      {done ? <p className="status-message" role="status" tabIndex={-1} ref={doneRef}>{tx('agree.done')}</p> : null}
      {body}
    </section>
  );

  if (existing || plan.status === 'agreed') {
    return shell(<p>{tx('agree.already', { party })}</p>);
  }
  if (plan.followUpDate === null || plan.items.length === 0) return shell(<p className="notice">{tx('agree.notReady')}</p>);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues: { path: string; message: string }[] = [];
    if (!name.trim()) issues.push({ path: 'name', message: 'nameRequired' });
    else if (name.trim().length > ACTION_PLAN_LIMITS.agreedName) issues.push({ path: 'name', message: 'nameTooLong' });
    if (!agreed) issues.push({ path: 'statement', message: 'statementRequired' });
    if (signature && signatureIssue(signature)) issues.push({ path: 'signature', message: 'signatureInvalid' });
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      await api<ActionPlan>('POST', `/api/clients/${clientId}/action-plans/${plan.id}/agree`, {
        body: { name: name.trim(), signature },
        version: plan.version,
      });
      setError(null);
      setDone(true);
      await Promise.all([qc.invalidateQueries({ queryKey: clientKey(clientId) }), qc.invalidateQueries({ queryKey: ['client', 'self'] })]);
      onAgreed();
    } catch (err) {
      setError(err);
      // A newer version or a frozen one: show what is there now; what was typed stays.
      if (err instanceof ApiError && (err.status === 412 || err.status === 409)) {
        void qc.invalidateQueries({ queryKey: clientKey(clientId) });
        void qc.invalidateQueries({ queryKey: ['client', 'self'] });
      }
    } finally {
      setPending(false);
    }
  };

  const nameId = `${ids}-name`;
  const statementId = `${ids}-statement`;
  const signatureId = `${ids}-signature`;
  const summaryFields = {
    name: { id: nameId, label: tx('agree.name'), message: messages.name },
    statement: { id: statementId, label: tx('view.statement'), message: messages.statement },
    signature: { id: signatureId, label: tx('agree.signature'), message: messages.signature },
    plan: { id: headingId, label: tx('view.heading', { number: plan.number }), message: messages.plan },
  };

  return shell(
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
      <ErrorSummary error={error} fields={summaryFields}>
        {error instanceof ApiError && error.status === 412 ? <p>{tx('agree.stale')}</p> : null}
      </ErrorSummary>
      <p>{tx('agree.intro')}</p>
      <TextField
        id={nameId}
        label={tx('agree.name')}
        hint={tx('agree.nameHint')}
        error={messages.name}
        required
        autoComplete="name"
        maxLength={ACTION_PLAN_LIMITS.agreedName + 50}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <div className={messages.statement ? 'field field--error' : 'field'}>
        {messages.statement ? <p id={`${statementId}-error`} className="field__error">{messages.statement}</p> : null}
        <CheckboxField
          id={statementId}
          label={tx('view.statement')}
          checked={agreed}
          required
          aria-invalid={messages.statement ? true : undefined}
          aria-describedby={messages.statement ? `${statementId}-error` : undefined}
          onChange={(e) => setAgreed(e.target.checked)}
        />
      </div>
      {messages.signature ? <p className="field__error">{messages.signature}</p> : null}
      <SignaturePad
        id={signatureId}
        onChange={setSignature}
        texts={{
          label: tx('agree.signature'),
          hint: tx('agree.signatureHint'),
          canvas: tx('agree.canvas'),
          clear: tx('agree.clear'),
          empty: tx('agree.signatureEmpty'),
          drawn: tx('agree.signatureDrawn'),
        }}
      />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? tx('agree.sending') : tx('agree.submit')}
        </button>
      </div>
    </form>,
  );
}
