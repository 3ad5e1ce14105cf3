import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, TRAJECTORY_OUTCOMES } from '../../../../common/consent.ts';
import type { Trajectory } from '../../../../common/schemas/clients.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { SelectField, TextArea } from '../../ui/forms.tsx';
import { clientKey, useDossier } from './dossier.tsx';
import { usePhaseLabel } from './labels.ts';
import { CASELOAD_KEY } from './queries.ts';
import { closeDetailRequired } from './trajectory.ts';

/**
 * One transition (phase, close, reopen) at the version on screen. A stale version (412) or a
 * state that no longer allows it (409) refreshes the dossier and keeps what was typed.
 */
function useTransition(clientId: string) {
  const { t } = useTranslation('clients');
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const run = async (action: 'phase' | 'close' | 'reopen', body: unknown, version: number): Promise<boolean> => {
    if (pending) return false;
    setPending(true);
    try {
      await api('POST', `/api/clients/${clientId}/trajectory/${action}`, { body, version });
      setError(null);
      await Promise.all([qc.invalidateQueries({ queryKey: clientKey(clientId) }), qc.invalidateQueries({ queryKey: CASELOAD_KEY })]);
      return true;
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && (err.status === 412 || err.status === 409)) void qc.invalidateQueries({ queryKey: clientKey(clientId) });
      return false;
    } finally {
      setPending(false);
    }
  };
  const status = error instanceof ApiError ? error.status : 0;
  const explanation: ReactNode = status === 412 ? <p>{t('trajectory.stale')}</p> : status === 409 ? <p>{t('trajectory.conflict')}</p> : null;
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  return { error, setError, pending, run, explanation, has: (path: string) => path in fieldErrors };
}

export function MoveForm({ trajectory, onDone }: { trajectory: Trajectory; onDone: (message: string) => void }) {
  const { t } = useTranslation('clients');
  const { client } = useDossier();
  const phaseLabel = usePhaseLabel();
  const action = useTransition(client.id);
  const [phase, setPhase] = useState('');
  const [reason, setReason] = useState('');
  const messages = {
    phase: action.has('phase') ? t('errors.phaseRequired') : undefined,
    reason: action.has('reason') ? t('errors.reasonRequired') : undefined,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const issues = [...(phase ? [] : [{ path: 'phase', message: 'required' }]), ...(reason.trim() ? [] : [{ path: 'reason', message: 'required' }])];
    if (issues.length > 0) return action.setError(browserProblem(issues));
    if (await action.run('phase', { phase: Number(phase), reason: reason.trim() }, trajectory.version)) {
      onDone(t('trajectory.move.done', { phase: phaseLabel(Number(phase), true) }));
    }
  };
  return (
    <section className="dossier-block" aria-labelledby="move-title">
      <h2 id="move-title">{t('trajectory.move.title')}</h2>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="move-title">
        <ErrorSummary
          error={action.error}
          fields={{
            phase: { id: 'move-phase', label: t('trajectory.move.phase'), message: messages.phase },
            reason: { id: 'move-reason', label: t('trajectory.move.reason'), message: messages.reason },
          }}
        >
          {action.explanation}
        </ErrorSummary>
        <SelectField id="move-phase" label={t('trajectory.move.phase')} required error={messages.phase} value={phase} onChange={(e) => setPhase(e.target.value)}>
          <option value="">{t('trajectory.move.choose')}</option>
          {PHASES.filter((p) => p !== trajectory.phase).map((p) => (
            <option key={p} value={p}>{phaseLabel(p)}</option>
          ))}
        </SelectField>
        <TextArea id="move-reason" label={t('trajectory.move.reason')} hint={t('trajectory.move.reasonHint')} required error={messages.reason} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={action.pending || undefined}>{t('trajectory.move.submit')}</button>
        </div>
      </form>
    </section>
  );
}

export function CloseForm({ trajectory, onDone }: { trajectory: Trajectory; onDone: (message: string) => void }) {
  const { t } = useTranslation('clients');
  const { client } = useDossier();
  const action = useTransition(client.id);
  const [outcome, setOutcome] = useState('');
  const [detail, setDetail] = useState('');
  const detailLabel = outcome === 'referred' ? t('trajectory.close.detailReferred') : outcome === 'stopped' ? t('trajectory.close.detailStopped') : t('trajectory.close.detailOther');
  const messages = {
    outcome: action.has('outcome') ? t('errors.outcomeRequired') : undefined,
    detail: action.has('detail') ? (outcome === 'stopped' ? t('errors.stoppedRequired') : outcome === 'referred' ? t('errors.referredRequired') : t('errors.tooLong')) : undefined,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const issues = [
      ...(outcome ? [] : [{ path: 'outcome', message: 'required' }]),
      ...(closeDetailRequired(outcome) && !detail.trim() ? [{ path: 'detail', message: 'required' }] : []),
    ];
    if (issues.length > 0) return action.setError(browserProblem(issues));
    if (await action.run('close', { outcome, detail: detail.trim() }, trajectory.version)) onDone(t('trajectory.close.done'));
  };
  return (
    <section className="dossier-block" aria-labelledby="close-title">
      <h2 id="close-title">{t('trajectory.close.title')}</h2>
      <p className="muted">{t('trajectory.close.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="close-title">
        <ErrorSummary
          error={action.error}
          fields={{
            outcome: { id: `close-outcome-${TRAJECTORY_OUTCOMES[0]}`, label: t('trajectory.close.outcome'), message: messages.outcome },
            detail: { id: 'close-detail', label: detailLabel, message: messages.detail },
          }}
        >
          {action.explanation}
        </ErrorSummary>
        <fieldset className={`radio-group${messages.outcome ? ' field--error' : ''}`} aria-describedby={messages.outcome ? 'close-outcome-error' : undefined}>
          <legend>{t('trajectory.close.outcome')}</legend>
          {messages.outcome ? <p id="close-outcome-error" className="field__error">{messages.outcome}</p> : null}
          {TRAJECTORY_OUTCOMES.map((o) => (
            <div className="radio" key={o}>
              <input type="radio" id={`close-outcome-${o}`} name="close-outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              <label htmlFor={`close-outcome-${o}`}>{t(`trajectory.outcomes.${o}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextArea id="close-detail" label={detailLabel} required={closeDetailRequired(outcome)} error={messages.detail} maxLength={2000} value={detail} onChange={(e) => setDetail(e.target.value)} />
        <div className="actions">
          <button type="submit" className="button button--danger" aria-disabled={action.pending || undefined}>{t('trajectory.close.submit')}</button>
        </div>
      </form>
    </section>
  );
}

export function ReopenForm({ trajectory, onDone }: { trajectory: Trajectory; onDone: (message: string) => void }) {
  const { t } = useTranslation('clients');
  const { client } = useDossier();
  const phaseLabel = usePhaseLabel();
  const action = useTransition(client.id);
  const [phase, setPhase] = useState('1');
  const [reason, setReason] = useState('');
  const messages = {
    phase: action.has('phase') ? t('errors.phaseRequired') : undefined,
    reason: action.has('reason') ? t('errors.reasonRequired') : undefined,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return action.setError(browserProblem([{ path: 'reason', message: 'required' }]));
    // If-Match: the closed trajectory's version (a second reopen with the same version is stale).
    if (await action.run('reopen', { phase: Number(phase), reason: reason.trim() }, trajectory.version)) {
      onDone(t('trajectory.reopen.done', { phase: phaseLabel(Number(phase), true) }));
    }
  };
  return (
    <section className="dossier-block" aria-labelledby="reopen-title">
      <h2 id="reopen-title">{t('trajectory.reopen.title')}</h2>
      <p className="muted">{t('trajectory.reopen.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="reopen-title">
        <ErrorSummary
          error={action.error}
          fields={{
            phase: { id: 'reopen-phase', label: t('trajectory.reopen.phase'), message: messages.phase },
            reason: { id: 'reopen-reason', label: t('trajectory.reopen.reason'), message: messages.reason },
          }}
        >
          {action.explanation}
        </ErrorSummary>
        <SelectField id="reopen-phase" label={t('trajectory.reopen.phase')} required error={messages.phase} value={phase} onChange={(e) => setPhase(e.target.value)}>
          {PHASES.map((p) => (
            <option key={p} value={p}>{phaseLabel(p)}</option>
          ))}
        </SelectField>
        <TextArea id="reopen-reason" label={t('trajectory.reopen.reason')} required error={messages.reason} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={action.pending || undefined}>{t('trajectory.reopen.submit')}</button>
        </div>
      </form>
    </section>
  );
}
