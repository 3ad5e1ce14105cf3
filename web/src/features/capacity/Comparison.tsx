import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetenceItem, Score } from '../../../../common/competences.ts';
import { competenceGroupLabel, competenceLabel, scaleLabel } from '../../../../common/competences.labels.ts';
import type { GapCloser } from '../../../../common/matching.ts';
import { TableWrap } from '../../ui/page.tsx';
import { compareProfiles, type ComparisonRow } from './compare.ts';
import { useLocale } from './labels.ts';
import './capacity.css';

type Levels = Partial<Record<CompetenceItem, number>>;

/**
 * The side-by-side comparison of a job's competence profile with a client's capacity profile
 * (docs/decisions/017-charts.md): per group an HTML table, one row per item the job requires
 * (level ≥ 2), the required level and the client's level as numbers and words and as two
 * CSS bars on the same 1–5 scale, the difference in words with an icon; then the items where
 * the client is stronger. Everything a bar shows is in the text, so screen readers, printing
 * and people who do not see colour get all of it.
 */
export function CompetenceComparison({ requirements, capacities, gapClosers, capacityNotes = {}, headingLevel = 2 }: {
  requirements: Levels;
  capacities: Levels;
  gapClosers: Partial<Record<CompetenceItem, GapCloser>>;
  /** The client's notes per item, shown under the item's name. */
  capacityNotes?: Partial<Record<CompetenceItem, string>>;
  /** Level of this component's headings (summary, legend, stronger items). */
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('capacity');
  const locale = useLocale();
  const comparison = useMemo(() => compareProfiles(requirements, capacities, gapClosers), [requirements, capacities, gapClosers]);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const { counts } = comparison;
  if (counts.required === 0) return <p className="notice">{t('compare.noRequirements')}</p>;
  const level = (s: Score) => t('compare.level', { score: s, label: scaleLabel(s, locale) });
  return (
    <div className="cmp">
      <H>{t('compare.summaryHeading')}</H>
      <ul className="cmp-summary">
        <li>{t('compare.summaryRequired', { n: counts.required })}</li>
        <li><span aria-hidden="true" className="cmp-icon">✓</span> {t('compare.summaryMet', { n: counts.met })}</li>
        <li><span aria-hidden="true" className="cmp-icon">▼</span> {t('compare.summaryShortfall', { n: counts.shortfall, significant: counts.significant, closable: counts.closable })}</li>
        <li><span aria-hidden="true" className="cmp-icon">?</span> {t('compare.summaryUnassessed', { n: counts.unassessed })}</li>
      </ul>
      <H>{t('compare.legendHeading')}</H>
      <ul className="cmp-legend">
        <li><span aria-hidden="true" className="cmp-swatch cmp-swatch--required" /> {t('compare.legendRequired')}</li>
        <li><span aria-hidden="true" className="cmp-swatch cmp-swatch--capacity" /> {t('compare.legendCapacity')}</li>
        <li><span aria-hidden="true" className="cmp-swatch cmp-swatch--gap" /> {t('compare.legendGap')}</li>
        <li>{t('compare.legendNumbers')}</li>
      </ul>
      {comparison.groups.map(({ group, rows }) => {
        const label = competenceGroupLabel(group, locale);
        return (
          <TableWrap key={group} label={label}>
            <table className="cmp-table">
              <caption>{label}</caption>
              <colgroup>
                <col className="cmp-col-item" />
                <col className="cmp-col-level" />
                <col className="cmp-col-level" />
                <col className="cmp-col-gap" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('compare.colItem')}</th>
                  <th scope="col">{t('compare.colRequired')}</th>
                  <th scope="col">{t('compare.colCapacity')}</th>
                  <th scope="col">{t('compare.colGap')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.item} className={`cmp-row cmp-row--${row.status}${row.significant ? ' cmp-row--significant' : ''}`}>
                    <th scope="row">
                      {competenceLabel(row.item, locale)}
                      {capacityNotes[row.item] ? <span className="cmp-note">{t('compare.note', { note: capacityNotes[row.item] })}</span> : null}
                    </th>
                    <td data-label={t('compare.colRequired')}>
                      <span className="cmp-value">{level(row.required)}</span>
                      <Bar value={row.required} kind="required" />
                    </td>
                    <td data-label={t('compare.colCapacity')}>
                      <span className="cmp-value">{row.capacity === null ? t('compare.notAssessed') : level(row.capacity)}</span>
                      <Bar value={row.capacity ?? 0} kind="capacity" gapTo={row.shortfall > 0 ? row.required : undefined} />
                    </td>
                    <td data-label={t('compare.colGap')}><GapText row={row} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        );
      })}
      <H>{t('compare.strongerHeading')}</H>
      {comparison.stronger.length === 0 ? <p>{t('compare.strongerNone')}</p> : (
        <ul className="cmp-stronger">
          {comparison.stronger.map((row) => (
            <li key={row.item}>
              <span aria-hidden="true" className="cmp-icon">▲</span>{' '}
              {t('compare.stronger', { item: competenceLabel(row.item, locale), capacity: level(row.capacity!), required: level(row.required), margin: row.capacity! - row.required })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The difference in words, each part with an icon: never colour alone. */
function GapText({ row }: { row: ComparisonRow }) {
  const { t } = useTranslation('capacity');
  if (row.status === 'unassessed') return <span className="cmp-gap"><span aria-hidden="true" className="cmp-icon">?</span> {t('compare.unassessed')}</span>;
  if (row.status === 'met') return <span className="cmp-gap"><span aria-hidden="true" className="cmp-icon">✓</span> {t('compare.met')}</span>;
  return (
    <ul className="cmp-gap plain-list">
      <li><span aria-hidden="true" className="cmp-icon">▼</span> {t('compare.shortfall', { count: row.shortfall })}</li>
      {row.significant ? <li className="cmp-gap__significant"><span aria-hidden="true" className="cmp-icon">⚠</span> {t('compare.significant')}</li> : null}
      {row.closableBy ? (
        <li className="cmp-gap__closable"><span aria-hidden="true" className="cmp-icon">➜</span> {t('compare.closable', { closer: t(`closers.${row.closableBy}`) })}</li>
      ) : (
        <li className="cmp-gap__open">{t('compare.notClosable')}</li>
      )}
    </ul>
  );
}

/**
 * A bar on the 1–5 scale (width = level / 5, with a tick per point; classes rather than inline
 * styles, so a strict style CSP and print keep them), hidden from assistive technology because
 * the cell's text says the same. A client's bar can carry the shortfall up to the required
 * level as a striped part.
 */
function Bar({ value, kind, gapTo }: { value: number; kind: 'required' | 'capacity'; gapTo?: number }) {
  return (
    <span className={`cmp-bar cmp-bar--${kind}`} aria-hidden="true">
      {value > 0 ? <span className={`cmp-bar__fill cmp-w-${value}`} /> : null}
      {gapTo !== undefined && gapTo > value ? <span className={`cmp-bar__gap cmp-from-${value} cmp-w-${gapTo - value}`} /> : null}
    </span>
  );
}
