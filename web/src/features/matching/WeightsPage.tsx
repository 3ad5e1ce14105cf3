import { useQuery, useQueryClient, type Query } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { CONSTRAINTS, type Constraint, type ConstraintEffect, type MatchWeights } from '../../../../common/matching.ts';
import type { MatchWeightsSettings } from '../../../../common/schemas/matching.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { TextField } from '../../ui/forms.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { Page } from '../../ui/page.tsx';
import { formatDateTime, ScoreExplanation, useMatchingText } from './parts.tsx';
import { formatNumber, type Translate } from './reasons.ts';

const WEIGHTS_KEY = ['matching', 'weights'] as const;

/** The numeric weights by path, with their range: points 0–1000, shares 0–1 (common/schemas/matching.ts). */
const NUMBERS = {
  competence: { min: 0, max: 1000, step: 'any' },
  tasks: { min: 0, max: 1000, step: 'any' },
  environment: { min: 0, max: 1000, step: 'any' },
  closableCredit: { min: 0, max: 1, step: 'any' },
  'occupation.exact': { min: 0, max: 1000, step: 'any' },
  'occupation.isco4': { min: 0, max: 1000, step: 'any' },
  'occupation.isco3': { min: 0, max: 1000, step: 'any' },
  'occupation.isco2': { min: 0, max: 1000, step: 'any' },
  significantGapPenalty: { min: 0, max: 1000, step: 'any' },
  flagPenalty: { min: 0, max: 1000, step: 'any' },
  distanceNearLimitShare: { min: 0, max: 1, step: 'any' },
  distanceNearLimitPenalty: { min: 0, max: 1000, step: 'any' },
} as const;
type NumberPath = keyof typeof NUMBERS;
const NUMBER_PATHS = Object.keys(NUMBERS) as NumberPath[];

const GROUPS: { heading: string; hint?: string; paths: NumberPath[] }[] = [
  { heading: 'weights.pointsHeading', paths: ['competence', 'closableCredit', 'tasks', 'environment'] },
  { heading: 'weights.occupationHeading', hint: 'weights.occupationHint', paths: ['occupation.exact', 'occupation.isco4', 'occupation.isco3', 'occupation.isco2'] },
  { heading: 'weights.penaltiesHeading', paths: ['significantGapPenalty', 'flagPenalty'] },
  { heading: 'weights.distanceHeading', paths: ['distanceNearLimitShare', 'distanceNearLimitPenalty'] },
];

interface Draft {
  numbers: Record<NumberPath, string>;
  constraints: Record<Constraint, ConstraintEffect>;
}

function valueAt(w: MatchWeights, path: NumberPath): number {
  if (path.startsWith('occupation.')) return w.occupation[path.slice('occupation.'.length) as keyof MatchWeights['occupation']];
  return w[path as Exclude<NumberPath, `occupation.${string}`>];
}

function draftOf(w: MatchWeights): Draft {
  return { numbers: Object.fromEntries(NUMBER_PATHS.map((p) => [p, String(valueAt(w, p))])) as Draft['numbers'], constraints: { ...w.constraints } };
}

const parse = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.trim().replace(',', '.')));

/** The form's problems, as the server would name them (path + our own code). */
function draftIssues(d: Draft): { path: string; message: string }[] {
  return NUMBER_PATHS.flatMap((p) => {
    const raw = d.numbers[p];
    if (raw.trim() === '') return [{ path: p, message: 'required' }];
    const n = parse(raw);
    return Number.isFinite(n) && n >= NUMBERS[p].min && n <= NUMBERS[p].max ? [] : [{ path: p, message: 'range' }];
  });
}

function weightsOf(d: Draft): MatchWeights {
  const n = (p: NumberPath) => parse(d.numbers[p]);
  return {
    competence: n('competence'),
    closableCredit: n('closableCredit'),
    significantGapPenalty: n('significantGapPenalty'),
    occupation: { exact: n('occupation.exact'), isco4: n('occupation.isco4'), isco3: n('occupation.isco3'), isco2: n('occupation.isco2') },
    tasks: n('tasks'),
    environment: n('environment'),
    constraints: { ...d.constraints },
    flagPenalty: n('flagPenalty'),
    distanceNearLimitShare: n('distanceNearLimitShare'),
    distanceNearLimitPenalty: n('distanceNearLimitPenalty'),
  };
}

const fieldId = (path: string) => `weight-${path.replace('.', '-')}`;
const labelKey = (path: NumberPath) => `weights.fields.${path}.label`;
const hintKey = (path: NumberPath) => `weights.fields.${path}.hint`;

/** Rankings are computed with the weights: every cached ranking is out of date after a change. */
const isRanking = (q: Query) => q.queryKey[2] === 'matches';

/**
 * /admin/matching: the organisation's weights of the matching score, each with its meaning,
 * default and range; the constraints as exclude/flag. Saved whole with If-Match; "restore the
 * defaults" deletes the organisation's weights. A stale save keeps what was typed and shows
 * the values now in force beside each field.
 */
export function WeightsPage() {
  const { t } = useMatchingText();
  const settings = useQuery({ queryKey: WEIGHTS_KEY, queryFn: () => api<MatchWeightsSettings>('GET', '/api/matching/weights') });
  return (
    <Page title={t('weights.title')} intro={<p>{t('weights.intro')}</p>}>
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <LoadError error={settings.error} retry={() => void settings.refetch()} /> : null}
      {settings.data ? <WeightsForm stored={settings.data} /> : null}
      <ScoreExplanation id="score-explanation" level={2} />
    </Page>
  );
}

function WeightsForm({ stored }: { stored: MatchWeightsSettings }) {
  const { t, locale } = useMatchingText();
  const qc = useQueryClient();
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const [base, setBase] = useState(stored);
  const [draft, setDraft] = useState<Draft>(() => draftOf(stored.weights));
  const [newer, setNewer] = useState<MatchWeightsSettings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const messages = fieldMessages(error, t);
  const summaryFields = Object.fromEntries(NUMBER_PATHS.map((p) => [p, { id: fieldId(p), label: t(labelKey(p)), message: messages[p] }]));
  for (const c of CONSTRAINTS) summaryFields[`constraints.${c}`] = { id: fieldId(`constraints.${c}-exclude`), label: t(`vocab.constraints.${c}`), message: messages[`constraints.${c}`] };

  const done = async (saved: MatchWeightsSettings, text: string) => {
    setError(null);
    setNewer(null);
    setBase(saved);
    setDraft(draftOf(saved.weights));
    qc.setQueryData(WEIGHTS_KEY, saved);
    live.say(text);
    await qc.invalidateQueries({ predicate: isRanking });
  };
  const failed = (err: unknown) => {
    setError(err);
    if (err instanceof ApiError && err.status === 412 && err.problem.current) {
      const current = err.problem.current as MatchWeightsSettings;
      setNewer(current);
      setBase(current);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = draftIssues(draft);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      const saved = await api<MatchWeightsSettings>('PUT', '/api/matching/weights', { body: weightsOf(draft), version: base.version });
      await done(saved, t('weights.saved'));
    } catch (err) {
      failed(err);
    } finally {
      setPending(false);
    }
  };

  const reset = async () => {
    if (pending) return;
    setPending(true);
    try {
      const answer = await api<MatchWeightsSettings | undefined>('DELETE', '/api/matching/weights', { version: base.version });
      const saved = answer ?? (await api<MatchWeightsSettings>('GET', '/api/matching/weights'));
      setConfirming(false);
      await done(saved, t('weights.resetDone'));
      focusLater('weights-reset');
    } catch (err) {
      setConfirming(false);
      failed(err);
    } finally {
      setPending(false);
    }
  };

  const n = (x: number) => formatNumber(x, locale);
  const hint = (p: NumberPath) => (
    <>
      {t(hintKey(p))} {t('weights.defaultValue', { value: n(valueAt(base.defaults, p)) })} {t('weights.range', { min: n(NUMBERS[p].min), max: n(NUMBERS[p].max) })}
      {newer ? <> <strong>{t('weights.staleCurrent', { value: n(valueAt(newer.weights, p)) })}</strong></> : null}
    </>
  );

  return (
    <>
      <p className="muted">
        {base.version === 0 || !base.updatedAt
          ? t('weights.defaultsInForce')
          : base.updatedBy
            ? t('weights.changedBy', { name: base.updatedBy.name, date: formatDateTime(base.updatedAt, locale) })
            : t('weights.changedAt', { date: formatDateTime(base.updatedAt, locale) })}
      </p>
      <LiveStatus message={live.message} />
      <form className="match-form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('weights.title')}>
        <ErrorSummary error={error} fields={summaryFields}>
          {error instanceof ApiError && error.status === 412 ? <p>{t('weights.stale')}</p> : null}
        </ErrorSummary>
        {GROUPS.map((g) => (
          <fieldset key={g.heading} className="fieldset">
            <legend>{t(g.heading)}</legend>
            {g.hint ? <p className="field__hint">{t(g.hint)}</p> : null}
            <div className="weights-grid">
              {g.paths.map((p) => (
                <TextField
                  key={p} id={fieldId(p)} label={t(labelKey(p))} hint={hint(p)} error={messages[p]} required
                  type="number" inputMode="decimal" min={NUMBERS[p].min} max={NUMBERS[p].max} step={NUMBERS[p].step}
                  value={draft.numbers[p]} onChange={(e) => setDraft((d) => ({ ...d, numbers: { ...d.numbers, [p]: e.target.value } }))}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <fieldset className="fieldset">
          <legend>{t('weights.constraintsHeading')}</legend>
          <p className="field__hint">{t('weights.constraintsHint')}</p>
          {CONSTRAINTS.map((c) => {
            const hintId = `${fieldId(`constraints.${c}`)}-hint`;
            return (
              <fieldset key={c} className="match-answers" aria-describedby={hintId}>
                <legend>{t(`vocab.constraints.${c}`)}</legend>
                <p id={hintId} className="field__hint">
                  {t(`weights.constraintHints.${c}`)} {t('weights.defaultValue', { value: t(`vocab.effects.${base.defaults.constraints[c]}`) })}
                  {newer ? <> <strong>{t('weights.staleCurrent', { value: t(`vocab.effects.${newer.weights.constraints[c]}`) })}</strong></> : null}
                </p>
                {messages[`constraints.${c}`] ? <p className="field__error">{messages[`constraints.${c}`]}</p> : null}
                <div className="match-answers__options">
                  {(['exclude', 'flag'] as const).map((effect) => {
                    const id = fieldId(`constraints.${c}-${effect}`);
                    return (
                      <div className="checkbox" key={effect}>
                        <input
                          type="radio" id={id} name={`weight-constraint-${c}`} value={effect} checked={draft.constraints[c] === effect}
                          onChange={() => setDraft((d) => ({ ...d, constraints: { ...d.constraints, [c]: effect } }))}
                        />
                        <label htmlFor={id}>{t(`vocab.effects.${effect}`)}</label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            );
          })}
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            {pending ? t('weights.saving') : t('weights.save')}
          </button>
          {!confirming ? (
            <button type="button" id="weights-reset" className="button button--secondary" onClick={() => { setConfirming(true); focusLater('weights-reset-confirm'); }}>
              {t('weights.reset')}
            </button>
          ) : null}
        </div>
        {confirming ? (
          <div className="confirm" role="group" aria-labelledby="weights-reset-heading">
            <h2 id="weights-reset-heading">{t('weights.resetConfirmHeading')}</h2>
            <p>{t('weights.resetConfirmBody')}</p>
            <div className="actions">
              <button type="button" id="weights-reset-confirm" className="button button--danger" onClick={() => void reset()}>
                {t('weights.resetConfirm')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => { setConfirming(false); focusLater('weights-reset'); }}>
                {t('common.cancel', { ns: 'core' })}
              </button>
            </div>
          </div>
        ) : null}
      </form>
    </>
  );
}

/** One sentence per field path from our own checks or the server's answer (never the server's English). */
function fieldMessages(error: unknown, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.problem.errors ?? []) {
    if (out[issue.path]) continue;
    const range = NUMBERS[issue.path as NumberPath];
    if (issue.message === 'required') out[issue.path] = t('weights.errors.required');
    else if (range) out[issue.path] = t('weights.errors.range', { min: range.min, max: range.max });
    else out[issue.path] = t('weights.errors.invalid');
  }
  return out;
}
