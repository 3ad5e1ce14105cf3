import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Placement } from '../../../../common/schemas/placements.ts';
import { AGREEMENT_FIELDS, liveRules, numberText, SECURING_TEXT_FIELDS } from './form.ts';
import { usePlacementText } from './labels.ts';

/**
 * The warnings of a placement in words (not colour only): longer than 12 weeks with the
 * recorded reason, shorter than 8 weeks as a note.
 */
export function PlacementWarnings({ placement: p }: { placement: Placement }) {
  const { t, i18n } = useTranslation('placements');
  if (p.warnings.length === 0) return null;
  const weeks = liveRules({ kind: p.kind, startDate: p.startDate, endDate: p.endDate ?? '', extensionReason: 'x' }).weeks;
  const w = weeks === null ? '' : weeks.toLocaleString(i18n.language);
  return (
    <>
      {p.warnings.includes('longer_than_12_weeks') ? (
        <div className="placement-warning">
          <p><strong>{t('page.warningLonger', { weeks: w })}</strong></p>
          <p>
            <span className="placement-warning__label">{t('page.reason')}:</span>{' '}
            <span className="preserve-lines">{p.extensionReason || t('page.none')}</span>
          </p>
        </div>
      ) : null}
      {p.warnings.includes('shorter_than_8_weeks') ? <p className="notice">{t('page.noteShorter', { weeks: w })}</p> : null}
    </>
  );
}

const Value = ({ text, none }: { text: string; none: string }) => (text ? <span className="preserve-lines">{text}</span> : <span className="muted">{none}</span>);

/** The facts of a placement: kind, employer, site, vacancy, job, period, length, hours, status. */
export function PlacementFacts({ placement: p }: { placement: Placement }) {
  const { t, i18n } = useTranslation('placements');
  const text = usePlacementText();
  const length = text.length(p);
  return (
    <dl className="details placement-facts">
      <dt>{t('page.kind')}</dt>
      <dd>{t(`kinds.${p.kind}`)}</dd>
      <dt>{t('list.employer')}</dt>
      <dd><Link to={`/employers/${p.employer.id}`}>{p.employer.name}</Link></dd>
      <dt>{t('page.site')}</dt>
      <dd>{p.site ? p.site.name : <span className="muted">{t('page.none')}</span>}</dd>
      <dt>{t('page.vacancy')}</dt>
      <dd>{p.vacancy ? <Link to={`/vacancies/${p.vacancy.id}`}>{p.vacancy.title}</Link> : <span className="muted">{t('page.none')}</span>}</dd>
      <dt>{t('page.title')}</dt>
      <dd>{p.title}</dd>
      <dt>{t('page.period')}</dt>
      <dd>{text.period(p)}</dd>
      {length ? (
        <>
          <dt>{t('page.length')}</dt>
          <dd>{length}</dd>
        </>
      ) : null}
      <dt>{t('page.hours')}</dt>
      <dd>{p.hoursPerWeek === null ? <span className="muted">{t('page.none')}</span> : numberText(p.hoursPerWeek, i18n.language)}</dd>
      <dt>{t('list.status')}</dt>
      <dd>{t(`statuses.${p.status}`)}</dd>
    </dl>
  );
}

/** The agreement with client and employer, and for a paid job securing the job. */
export function PlacementAgreements({ placement: p, headingLevel = 2 }: { placement: Placement; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation('placements');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const none = t('page.none');
  const s = p.securing;
  return (
    <>
      <H>{t('page.agreementHeading')}</H>
      <dl className="details placement-facts">
        {AGREEMENT_FIELDS.map((f) => (
          <Fragment key={f}>
            <dt>{t(`form.agreement.${f}`)}</dt>
            <dd><Value text={p.agreement[f]} none={none} /></dd>
          </Fragment>
        ))}
      </dl>
      {p.kind === 'paid_job' && s ? (
        <>
          <H>{t('page.securingHeading')}</H>
          <dl className="details placement-facts">
            <dt>{t('form.workingHours')}</dt>
            <dd>{s.hoursPerWeek === null ? <span className="muted">{none}</span> : numberText(s.hoursPerWeek, i18n.language)}</dd>
            <dt>{t('page.wage')}</dt>
            <dd>
              {s.wage ? t('page.wageValue', {
                amount: s.wage.amount.toLocaleString(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                period: t(`form.wagePeriods.${s.wage.period}`),
              }) : <span className="muted">{none}</span>}
            </dd>
            {SECURING_TEXT_FIELDS.map((f) => (
              <Fragment key={f}>
                <dt>{t(`form.securing.${f}`)}</dt>
                <dd><Value text={s[f]} none={none} /></dd>
              </Fragment>
            ))}
          </dl>
        </>
      ) : null}
    </>
  );
}
