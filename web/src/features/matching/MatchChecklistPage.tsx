import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { ClientDossier } from '../../../../common/schemas/clients.ts';
import {
  CHECKLIST_ANSWERS, CHECKLIST_DECISIONS, CHECKLIST_ITEMS, CHECKLIST_NOTE_MAX, type ChecklistItem, type MatchChecklist, type MatchChecklistInput,
} from '../../../../common/schemas/matching.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { TextArea } from '../../ui/forms.tsx';
import { LiveStatus, useLiveStatus } from '../../ui/live.tsx';
import { clientKey, clientName } from '../clients/dossier.tsx';
import { useVacancy, vacancyKey, VacancyPage } from '../vacancies/vacancy.tsx';
import { formatDateTime, ReasonGroups, useMatchingText, useVacancyMatches, type VacancyRanking } from './parts.tsx';
import { formatNumber, type Translate } from './reasons.ts';

const DURATIONS = ['short_term', 'long_term', 'indefinite'] as const;
type Duration = (typeof DURATIONS)[number];

const checklistKey = (vacancyId: string, clientId: string) => vacancyKey(vacancyId, 'checklist', clientId);

function inputOf(c: MatchChecklist): MatchChecklistInput {
  return {
    answers: Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, { answer: c.answers[k].answer, note: c.answers[k].note }])) as MatchChecklistInput['answers'],
    durationKind: c.durationKind,
    decision: c.decision,
    decisionNote: c.decisionNote,
  };
}

const noteId = (item: ChecklistItem) => `checklist-${item}-note`;
const answerId = (item: ChecklistItem, value: string) => `checklist-${item}-${value}`;

/**
 * /vacancies/:id/matches/:clientId: the job-match checklist of one proposed match (seed 003
 * ~4403–4430): every question answered and explained, the duration, and the decision. Saved
 * whole with If-Match ("0" first); a stale save keeps what was typed and says who saved in between.
 */
export function MatchChecklistPage() {
  const { clientId = '' } = useParams();
  const { vacancy } = useVacancy();
  const { t } = useMatchingText();
  const coachingTeam = useCan('clients.update');
  const matches = useVacancyMatches(vacancy.id);
  const result = matches.data?.results.find((r) => r.client.id === clientId);
  const excluded = matches.data?.excluded.find((x) => x.client.id === clientId);
  // The name from the ranking; only a candidate beyond it needs the dossier.
  const needDossier = coachingTeam && matches.isFetched && !result && !excluded;
  const dossier = useQuery({
    queryKey: clientKey(clientId, 'dossier', null),
    queryFn: () => api<ClientDossier>('GET', `/api/clients/${clientId}`),
    enabled: needDossier,
  });
  const name = result?.client.name ?? excluded?.client.name ?? (dossier.data ? clientName(dossier.data, '…') : '…');
  const checklist = useQuery({
    queryKey: checklistKey(vacancy.id, clientId),
    queryFn: () => api<MatchChecklist>('GET', `/api/vacancies/${vacancy.id}/matches/${clientId}/checklist`),
    enabled: coachingTeam,
  });

  return (
    <VacancyPage section={`${t('checklist.section')}: ${name}`} intro={<p>{t('checklist.intro')}</p>}>
      <p><Link to={`/vacancies/${vacancy.id}/matches`}>{t('checklist.backToRanking')}</Link></p>
      {!coachingTeam ? <p className="notice">{t('checklist.notCoaching')}</p> : null}
      {coachingTeam ? (
        <>
          <section className="match-pair" aria-labelledby="pair-heading">
            <h2 id="pair-heading">{t('checklist.pairHeading')}</h2>
            <PairScore result={result} excluded={excluded} scoreAtSave={checklist.data?.scoreAtSave ?? null} pending={matches.isPending} />
          </section>
          {checklist.isPending ? <Loading /> : null}
          {checklist.isError ? <LoadError error={checklist.error} retry={() => void checklist.refetch()} /> : null}
          {checklist.data ? <ChecklistForm key={clientId} vacancyId={vacancy.id} clientId={clientId} stored={checklist.data} /> : null}
        </>
      ) : null}
    </VacancyPage>
  );
}

function PairScore({ result, excluded, scoreAtSave, pending }: {
  result: VacancyRanking['results'][number] | undefined;
  excluded: VacancyRanking['excluded'][number] | undefined;
  scoreAtSave: number | null;
  pending: boolean;
}) {
  const { t, locale } = useMatchingText();
  if (pending) return <Loading />;
  return (
    <>
      {result ? <p><strong>{t('checklist.currentScore', { score: formatNumber(result.score, locale), rank: result.rank })}</strong></p> : null}
      {excluded ? <p><strong>{t('checklist.excludedNow')}</strong></p> : null}
      {scoreAtSave !== null ? <p>{t('checklist.scoreAtSave', { score: formatNumber(scoreAtSave, locale) })}</p> : null}
      {!result && !excluded && scoreAtSave === null ? <p>{t('checklist.noScore')}</p> : null}
      {result || excluded ? (
        <>
          <h3>{t('checklist.mainReasons')}</h3>
          <ReasonGroups reasons={result?.reasons ?? excluded?.reasons ?? []} level={4} />
        </>
      ) : null}
    </>
  );
}

function ChecklistForm({ vacancyId, clientId, stored }: { vacancyId: string; clientId: string; stored: MatchChecklist }) {
  const { t, locale } = useMatchingText();
  const qc = useQueryClient();
  const canPlace = useCan('placements.write');
  const live = useLiveStatus();
  const [draft, setDraft] = useState<MatchChecklistInput>(() => inputOf(stored));
  const [base, setBase] = useState<MatchChecklist>(stored);
  const [newer, setNewer] = useState<MatchChecklist | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const messages = fieldMessages(error, draft, t);
  const summaryFields: Record<string, { id: string; label: string; message?: string }> = {};
  CHECKLIST_ITEMS.forEach((item, n) => {
    const path = `answers.${item}.note`;
    summaryFields[path] = { id: noteId(item), label: `${n + 1}. ${t('checklist.note')}`, message: messages[path] };
    const answerPath = `answers.${item}.answer`;
    summaryFields[answerPath] = { id: answerId(item, 'yes'), label: `${n + 1}. ${t('checklist.answerLegend')}`, message: messages[answerPath] };
  });
  summaryFields.durationKind = { id: 'checklist-duration-none', label: t('checklist.durationKind'), message: messages.durationKind };
  summaryFields.decision = { id: 'checklist-decision-open', label: t('checklist.decisionLegend'), message: messages.decision };
  summaryFields.decisionNote = { id: 'checklist-decisionNote', label: t('checklist.decisionNote'), message: messages.decisionNote };

  const setAnswer = (item: ChecklistItem, patch: Partial<MatchChecklistInput['answers'][ChecklistItem]>) =>
    setDraft((d) => ({ ...d, answers: { ...d.answers, [item]: { ...d.answers[item], ...patch } } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = [
      ...CHECKLIST_ITEMS.filter((k) => draft.answers[k].note.trim().length > CHECKLIST_NOTE_MAX).map((k) => ({ path: `answers.${k}.note`, message: 'tooLong' })),
      ...(draft.decisionNote.trim().length > CHECKLIST_NOTE_MAX ? [{ path: 'decisionNote', message: 'tooLong' }] : []),
    ];
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      const saved = await api<MatchChecklist>('PUT', `/api/vacancies/${vacancyId}/matches/${clientId}/checklist`, { body: draft, version: base.version });
      setError(null);
      setNewer(null);
      setBase(saved);
      setDraft(inputOf(saved));
      qc.setQueryData(checklistKey(vacancyId, clientId), saved);
      live.say(t('checklist.saved', { decision: t(`checklist.decisions.${saved.decision}`) }));
      void qc.invalidateQueries({ queryKey: vacancyKey(vacancyId, 'matches') });
      void qc.invalidateQueries({ queryKey: clientKey(clientId, 'matches') });
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 412 && err.problem.current) {
        const current = err.problem.current as MatchChecklist;
        setNewer(current);
        setBase(current);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t('checklist.questionsHeading')}</h2>
      <p className="muted">
        {base.updatedAt
          ? t('checklist.lastSaved', { name: base.updatedBy?.name ?? '—', date: formatDateTime(base.updatedAt, locale) })
          : t('checklist.neverSaved')}
      </p>
      <LiveStatus message={live.message} />
      <form className="match-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="questions-heading">
        <ErrorSummary error={error} fields={summaryFields}>
          {error instanceof ApiError && error.status === 412 ? (
            <p>
              {t('checklist.stale', { name: newer?.updatedBy?.name ?? '—' })}{' '}
              {newer ? t('checklist.staleDecision', { decision: t(`checklist.decisions.${newer.decision}`) }) : null}
            </p>
          ) : null}
        </ErrorSummary>
        {CHECKLIST_ITEMS.map((item, n) => (
          <fieldset key={item} className="match-question">
            <legend>{n + 1}. {t(`checklist.questions.${item}`)}</legend>
            <div className="match-answers__options">
              {CHECKLIST_ANSWERS.map((a) => (
                <div className="checkbox" key={a}>
                  <input
                    type="radio" id={answerId(item, a)} name={`checklist-${item}`} value={a}
                    checked={draft.answers[item].answer === a} onChange={() => setAnswer(item, { answer: a })}
                  />
                  <label htmlFor={answerId(item, a)}>{t(`checklist.answers.${a}`)}</label>
                </div>
              ))}
            </div>
            {item === 'duration' ? (
              <fieldset className="match-answers">
                <legend>{t('checklist.durationKind')}</legend>
                <div className="match-answers__options">
                  {(['none', ...DURATIONS] as const).map((d) => (
                    <div className="checkbox" key={d}>
                      <input
                        type="radio" id={`checklist-duration-${d}`} name="checklist-durationKind" value={d}
                        checked={(draft.durationKind ?? 'none') === d}
                        onChange={() => setDraft((x) => ({ ...x, durationKind: d === 'none' ? null : (d as Duration) }))}
                      />
                      <label htmlFor={`checklist-duration-${d}`}>{t(`checklist.durations.${d}`)}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            ) : null}
            <TextArea
              id={noteId(item)} label={t('checklist.note')} hint={n === 0 ? t('checklist.noteHint') : undefined}
              error={messages[`answers.${item}.note`]} value={draft.answers[item].note} rows={2}
              onChange={(e) => setAnswer(item, { note: e.target.value })}
            />
          </fieldset>
        ))}
        <fieldset className="match-question">
          <legend>{t('checklist.decisionLegend')}</legend>
          {messages.decision ? <p className="field__error">{messages.decision}</p> : null}
          <div className="match-answers__options">
            {CHECKLIST_DECISIONS.map((d) => (
              <div className="checkbox" key={d}>
                <input
                  type="radio" id={`checklist-decision-${d}`} name="checklist-decision" value={d}
                  checked={draft.decision === d} onChange={() => setDraft((x) => ({ ...x, decision: d }))}
                />
                <label htmlFor={`checklist-decision-${d}`}>{t(`checklist.decisions.${d}`)}</label>
              </div>
            ))}
          </div>
          <TextArea
            id="checklist-decisionNote" label={t('checklist.decisionNote')} error={messages.decisionNote} value={draft.decisionNote} rows={3}
            onChange={(e) => setDraft((x) => ({ ...x, decisionNote: e.target.value }))}
          />
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            {pending ? t('checklist.saving') : t('checklist.save')}
          </button>
          {canPlace ? <Link to={`/clients/${clientId}/placements/new?vacancyId=${vacancyId}`}>{t('checklist.startPlacement')}</Link> : null}
        </div>
      </form>
    </section>
  );
}

/** One sentence per field path, from our own checks or the server's answer (never the server's English). */
function fieldMessages(error: unknown, draft: MatchChecklistInput, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.problem.errors ?? []) {
    if (out[issue.path]) continue;
    const note = /^answers\.(\w+)\.note$/.exec(issue.path);
    const text = note ? draft.answers[note[1] as ChecklistItem]?.note : issue.path === 'decisionNote' ? draft.decisionNote : undefined;
    out[issue.path] = text !== undefined && text.trim().length > CHECKLIST_NOTE_MAX ? t('checklist.tooLong', { max: CHECKLIST_NOTE_MAX }) : t('checklist.invalid');
  }
  return out;
}
