import { useQueryClient } from '@tanstack/react-query';
import { memo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPETENCE_GROUPS, COMPETENCE_ITEM_KEYS, competenceItemsOf, SCALE, type CompetenceItem, type Score } from '../../../../common/competences.ts';
import {
  competenceDefinition, competenceFormTexts, competenceGroupLabel, competenceLabel, scaleExplanation, scaleLabel,
} from '../../../../common/competences.labels.ts';
import type { Locale } from '../../../../common/roles.ts';
import { COMPETENCE_NOTE_MAX, COMPETENCE_OTHER_NOTES_MAX } from '../../../../common/schemas/competences.ts';
import type { VacancyCompetenceProfile } from '../../../../common/schemas/vacancies.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { TextArea, TextField } from '../../ui/forms.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { TableWrap } from '../../ui/page.tsx';
import { competencesKey, useCompetenceProfile } from './api.ts';
import { competenceDraft, competenceInput, competenceIssues, parseScore, scoredCount, type CompetenceDraft } from './competences.ts';
import { serverIssues } from './VacancyFields.tsx';
import { useVacancy, VacancyPage } from './vacancy.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './vacancies.css';

const STATUS_ID = 'cp-status';
const groupId = (g: string) => `cp-group-${g}`;
const radioId = (item: CompetenceItem, score: Score | '') => `cp-${item}-${score === '' ? 0 : score}`;
const noteId = (item: CompetenceItem) => `cp-note-${item}`;

function useLocale(): Locale {
  const { i18n } = useTranslation();
  return (['nl-BE', 'nl-NL', 'en'].includes(i18n.language) ? i18n.language : 'nl-BE') as Locale;
}

/** /vacancies/:id/competences: the 57 items in their 5 groups, each scored 1–5 or "not required", with the seed's definitions as help. */
export function CompetenceProfilePage() {
  const { t } = useTranslation('vacancies');
  const { vacancy } = useVacancy();
  const profile = useCompetenceProfile(vacancy.id);
  let body: ReactNode;
  if (profile.isPending) body = <Loading />;
  else if (profile.isError) body = <LoadError error={profile.error} retry={() => void profile.refetch()} />;
  else if (!vacancy.editable) body = <><p className="notice">{t('competences.readOnly')}</p><ProfileView profile={profile.data} /></>;
  else body = <ProfileForm initial={profile.data} />;
  return (
    <VacancyPage section={t('vacancy.sections.competences')} intro={<p>{t('competences.intro')}</p>}>
      {body}
    </VacancyPage>
  );
}

function ScaleExplanation() {
  const locale = useLocale();
  return (
    <div className="notice">
      <p>{scaleExplanation('job', locale)}</p>
      <ul>{SCALE.map((s) => <li key={s}>{s}: {scaleLabel(s, locale)}</li>)}</ul>
    </div>
  );
}

/** One item: a radio group "not required", 1–5 with the item's definition as its description, and a note. Memoised: 57 of them re-render only when their own value changes. */
const ItemFieldset = memo(function ItemFieldset({ item, score, note, error, onScore, onNote }: {
  item: CompetenceItem;
  score: Score | '';
  note: string;
  error?: string;
  onScore: (item: CompetenceItem, score: Score | '') => void;
  onNote: (item: CompetenceItem, note: string) => void;
}) {
  const { t } = useTranslation('vacancies');
  const locale = useLocale();
  const label = competenceLabel(item, locale);
  const definition = competenceDefinition(item, locale);
  const defId = `cp-def-${item}`;
  const options: (Score | '')[] = ['', ...SCALE];
  return (
    <fieldset className="competence-item" aria-describedby={defId}>
      <legend>{label}</legend>
      <p id={defId} className="field__hint">{definition ?? t('competences.noDefinition')}</p>
      <div className="competence-scale">
        {options.map((s) => (
          <div key={s === '' ? 0 : s} className="radio">
            <input type="radio" id={radioId(item, s)} name={`cp-${item}`} value={s === '' ? '' : String(s)} checked={score === s} onChange={(e) => onScore(item, parseScore(e.target.value))} />
            <label htmlFor={radioId(item, s)}>{s === '' ? t('competences.notRequired') : t('competences.option', { score: s, label: scaleLabel(s, locale) })}</label>
          </div>
        ))}
      </div>
      <TextField
        id={noteId(item)} label={t('competences.noteFor', { item: label })} error={error} maxLength={COMPETENCE_NOTE_MAX}
        value={note} onChange={(e) => onNote(item, e.target.value)}
      />
    </fieldset>
  );
});

function ProfileForm({ initial }: { initial: VacancyCompetenceProfile }) {
  const { t } = useTranslation('vacancies');
  const locale = useLocale();
  const qc = useQueryClient();
  const id = initial.vacancyId;
  const [draft, setDraft] = useState<CompetenceDraft>(() => competenceDraft(initial));
  const [base, setBase] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const otherLabel = competenceFormTexts(locale).otherNotes;

  const messages: Record<string, string> = {};
  for (const i of serverIssues(error)) messages[i.path] ??= t(`errors.${i.message}`);
  const summary = Object.fromEntries(Object.entries(messages).map(([path, message]) => {
    const item = path.replace(/^(notes|scores)\./, '');
    const known = (COMPETENCE_ITEM_KEYS as readonly string[]).includes(item);
    return [path, {
      id: known ? (path.startsWith('scores.') ? radioId(item as CompetenceItem, '') : noteId(item as CompetenceItem)) : 'cp-otherNotes',
      label: known ? competenceLabel(item as CompetenceItem, locale) : otherLabel,
      message,
    }];
  }));

  const onScore = (item: CompetenceItem, score: Score | '') => setDraft((d) => ({ ...d, scores: { ...d.scores, [item]: score } }));
  const onNote = (item: CompetenceItem, note: string) => setDraft((d) => ({ ...d, notes: { ...d.notes, [item]: note } }));
  // Stable handlers keep the memoised items from re-rendering on every keystroke elsewhere.
  const [handlers] = useState(() => ({ onScore, onNote }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = competenceIssues(draft);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      const saved = await api<VacancyCompetenceProfile>('PUT', `/api/vacancies/${id}/competence-profile`, { body: competenceInput(draft), version: base.version });
      setBase(saved);
      setError(null);
      qc.setQueryData(competencesKey(id), saved);
      live.say(<p>{t('competences.saved', { version: saved.version })}</p>);
      focusLater(STATUS_ID);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 412 && err.problem.current) {
        const current = err.problem.current as VacancyCompetenceProfile;
        setBase(current);
        qc.setQueryData(competencesKey(id), current);
      }
    } finally {
      setPending(false);
    }
  };

  const count = scoredCount(draft);
  return (
    <>
      <ScaleExplanation />
      <nav className="competence-toc" aria-labelledby="cp-toc">
        <h2 id="cp-toc">{t('competences.toc')}</h2>
        <ol>
          {COMPETENCE_GROUPS.map((g) => (
            <li key={g}>
              <a href={`#${groupId(g)}`}>
                {t('competences.groupScored', { group: competenceGroupLabel(g, locale), count: competenceItemsOf(g).filter((k) => draft.scores[k] !== '').length })}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <LiveStatus message={live.message} id={STATUS_ID} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-label={competenceFormTexts(locale).competenceProfile} className="vacancy-form">
        <ErrorSummary error={error} fields={summary}>
          {error instanceof ApiError && error.status === 412 ? <p>{t('competences.stale', { version: base.version })}</p> : null}
        </ErrorSummary>
        {COMPETENCE_GROUPS.map((g) => (
          <fieldset key={g} id={groupId(g)} className="competence-group">
            <legend>{competenceGroupLabel(g, locale)}</legend>
            {competenceItemsOf(g).map((item) => (
              <ItemFieldset
                key={item} item={item} score={draft.scores[item]} note={draft.notes[item]} error={messages[`notes.${item}`] ?? messages[`scores.${item}`]}
                onScore={handlers.onScore} onNote={handlers.onNote}
              />
            ))}
          </fieldset>
        ))}
        <TextArea
          id="cp-otherNotes" label={otherLabel} error={messages.otherNotes} rows={4} maxLength={COMPETENCE_OTHER_NOTES_MAX}
          value={draft.otherNotes} onChange={(e) => setDraft((d) => ({ ...d, otherNotes: e.target.value }))}
        />
        <p className="muted">{t('competences.scored', { count, total: COMPETENCE_ITEM_KEYS.length })}</p>
        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('core:common.saving') : t('competences.save')}</button>
        </div>
      </form>
    </>
  );
}

/** The profile to read: per group a table of item, level required and note. */
function ProfileView({ profile }: { profile: VacancyCompetenceProfile }) {
  const { t } = useTranslation('vacancies');
  const locale = useLocale();
  return (
    <>
      <ScaleExplanation />
      <p>{t('competences.scored', { count: Object.keys(profile.scores).length, total: COMPETENCE_ITEM_KEYS.length })}</p>
      {COMPETENCE_GROUPS.map((g) => (
        <TableWrap key={g} label={competenceGroupLabel(g, locale)}>
          <table className="data-table competence-table">
            <caption>{competenceGroupLabel(g, locale)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('competences.item')}</th>
                <th scope="col">{t('competences.required')}</th>
                <th scope="col">{t('competences.note')}</th>
              </tr>
            </thead>
            <tbody>
              {competenceItemsOf(g).map((item) => {
                const s = profile.scores[item];
                return (
                  <tr key={item}>
                    <th scope="row">{competenceLabel(item, locale)}</th>
                    <td>{s === undefined ? t('competences.notRequired') : t('competences.option', { score: s, label: scaleLabel(s, locale) })}</td>
                    <td className="vacancy-text">{profile.notes[item] ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      ))}
      <h2>{competenceFormTexts(locale).otherNotes}</h2>
      <p className="vacancy-text">{profile.otherNotes || <span className="muted">{t('analysis.nothing')}</span>}</p>
    </>
  );
}
