import { useTranslation } from 'react-i18next';
import { COMPETENCE_GROUPS, COMPETENCE_ITEMS, competenceItemsOf, type CompetenceItem, type Score } from '../../../../common/competences.ts';
import { competenceFormTexts, competenceGroupLabel, competenceLabel, scaleLabel, STARR_STEPS, starrGuide } from '../../../../common/competences.labels.ts';
import type { CapacityProfile } from '../../../../common/schemas/capacity.ts';
import { TableWrap } from '../../ui/page.tsx';
import { useLocale } from './labels.ts';
import './capacity.css';

type Heading = 'h2' | 'h3' | 'h4';

/**
 * One version of the capacity profile to read: per group the scored items (level, what could
 * close a gap, note), the STARR examples and the other notes. Used by the history, by the
 * "newer version" notice of the form and for people who may only read.
 */
export function CapacityView({ profile, level = 2 }: { profile: Pick<CapacityProfile, 'scores' | 'notes' | 'gapClosers' | 'otherNotes' | 'starr'>; level?: 2 | 3 }) {
  const { t } = useTranslation('capacity');
  const locale = useLocale();
  const H: Heading = level === 2 ? 'h2' : 'h3';
  const Sub: Heading = level === 2 ? 'h3' : 'h4';
  const scored = COMPETENCE_ITEMS.filter((i) => profile.scores[i.key] !== undefined).length;
  const guide = starrGuide(locale);
  return (
    <div className="cap-view">
      <p>{t('view.scoredCount', { scored, total: COMPETENCE_ITEMS.length })}</p>
      {COMPETENCE_GROUPS.map((group) => {
        const items = competenceItemsOf(group).filter((item) => profile.scores[item] !== undefined);
        const label = competenceGroupLabel(group, locale);
        if (items.length === 0) return <p key={group}><strong>{label}</strong>: {t('view.noneInGroup')}</p>;
        return (
          <TableWrap key={group} label={label}>
            <table className="cap-table">
              <caption>{label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('view.colItem')}</th>
                  <th scope="col">{t('view.colScore')}</th>
                  <th scope="col">{t('view.colCloser')}</th>
                  <th scope="col">{t('view.colNote')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => <ViewRow key={item} item={item} profile={profile} />)}
              </tbody>
            </table>
          </TableWrap>
        );
      })}
      <H>{guide.title}</H>
      {profile.starr.length === 0 ? <p>{t('view.noStarr')}</p> : profile.starr.map((example, i) => (
        <section key={i} className="cap-starr-view" aria-label={t('starr.legend', { n: i + 1 })}>
          <Sub>{t('starr.legend', { n: i + 1 })}{example.item ? `: ${competenceLabel(example.item, locale)}` : ''}</Sub>
          <dl className="cap-steps">
            {STARR_STEPS.filter((s) => example[s] !== '').map((s) => (
              <div key={s}>
                <dt>{guide.steps[s].name}</dt>
                <dd className="cap-text">{example[s]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <H>{competenceFormTexts(locale).otherNotes}</H>
      <p className="cap-text">{profile.otherNotes || t('view.otherNotesEmpty')}</p>
    </div>
  );
}

function ViewRow({ item, profile }: { item: CompetenceItem; profile: Pick<CapacityProfile, 'scores' | 'notes' | 'gapClosers'> }) {
  const { t } = useTranslation('capacity');
  const locale = useLocale();
  const score = profile.scores[item] as Score;
  const closer = profile.gapClosers[item];
  return (
    <tr>
      <th scope="row">{competenceLabel(item, locale)}</th>
      <td>{t('form.scoreOption', { score, label: scaleLabel(score, locale) })}</td>
      <td>{closer ? t(`closersTitle.${closer}`) : t('form.closerNone')}</td>
      <td className="cap-text">{profile.notes[item] ?? ''}</td>
    </tr>
  );
}
