import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocationalProfile } from '../../../../common/schemas/vocational-profile.ts';
import { displayValue } from './display.ts';
import { formatMoment, isTransport, pick, type Translate } from './format.ts';
import { SECTIONS, TABLES, TEXT_FIELDS, type SectionKey, type TableKey } from './layout.ts';
import './profile.css';

type Level = 2 | 3;
type Row = Record<string, unknown>;

/** The rows of one table of the schema, or undefined when its category is not in the answer. */
export function tableRows(profile: Pick<VocationalProfile, 'profile' | 'benefits'>, key: TableKey): Row[] | undefined {
  if (key === 'benefits') return profile.benefits?.rows;
  if (!profile.profile) return undefined;
  if (key === 'desiredJobs') return profile.profile.aspirations.desiredJobs;
  return profile.profile[key];
}

function Heading({ level, id, children }: { level: number; id?: string; children: ReactNode }) {
  const Tag = `h${Math.min(level, 6)}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}

function Value({ text, empty }: { text: string | null; empty: string }) {
  return text === null ? <span className="muted">{empty}</span> : <span className="profile-text">{text}</span>;
}

function Table({ tableKey, rows, level, tt, locale }: { tableKey: TableKey; rows: Row[]; level: number; tt: Translate; locale: string }) {
  const spec = TABLES[tableKey];
  if (rows.length === 0) return <p className="muted">{tt('view.noRows')}</p>;
  return (
    <ul className="profile-rows">
      {rows.map((row, i) => (
        // oxlint-disable-next-line react/no-array-index-key -- rows have no identity; their place is their name ("Opleiding 2")
        <li key={i} className="profile-row">
          <Heading level={level + 1}>{tt(`rowNames.${spec.key}`, { n: i + 1 })}</Heading>
          <dl className="profile-facts">
            {spec.columns.map((c) => (
              <div key={c.name}>
                <dt>{tt(`fields.${spec.group}.${c.name}`)}</dt>
                <dd><Value text={displayValue(c.kind, row[c.name], tt, locale)} empty={tt('view.empty')} /></dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Facts({ group, fields, values, tt }: { group: string; fields: readonly (readonly [string, boolean])[]; values: Record<string, unknown>; tt: Translate }) {
  return (
    <dl className="profile-facts profile-facts--wide">
      {fields.map(([name]) => (
        <div key={name}>
          <dt>{tt(`fields.${group}.${name}`)}</dt>
          <dd><Value text={displayValue('text', values[name], tt, '')} empty={tt('view.empty')} /></dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The vocational profile, read-only: every section the answer holds (health and benefits only
 * when `categories` says they are there). With `easy`, the client's plain-language headings and
 * a short explanation per section. Headings start at h2 (h3 with `level={3}` inside a panel).
 */
export function ProfileView({ profile, easy, level = 2 }: { profile: VocationalProfile; easy?: boolean; level?: Level }) {
  const { t, i18n } = useTranslation('profile');
  const tt = pick(t, easy);
  const locale = i18n.language;
  const shown = SECTIONS.filter((s) => profile.categories.includes(s.category) && present(profile, s.key));
  return (
    <div className="profile-view">
      {profile.version > 0 && profile.updatedAt ? (
        <p className="muted">{tt('view.version', { version: profile.version, at: formatMoment(profile.updatedAt, locale), name: profile.updatedBy?.name ?? '' })}</p>
      ) : (
        <p>{tt('view.neverSaved')}</p>
      )}
      {shown.map(({ key }) => (
        <section key={key} className="profile-section" aria-labelledby={`profile-view-${key}`}>
          <Heading level={level} id={`profile-view-${key}`}>{tt(`sections.${key}`)}</Heading>
          {easy ? <p className="profile-explain">{t(`easy.explain.${key}`)}</p> : null}
          {key === 'health' && !easy ? <p className="profile-sensitive">{t('sensitive.text')}</p> : null}
          <SectionBody profile={profile} sectionKey={key} level={level} tt={tt} locale={locale} />
        </section>
      ))}
    </div>
  );
}

function present(profile: VocationalProfile, key: SectionKey): boolean {
  if (key === 'health') return profile.health !== undefined;
  if (key === 'benefits') return profile.benefits !== undefined;
  return profile.profile !== undefined;
}

function SectionBody({ profile, sectionKey, level, tt, locale }: { profile: VocationalProfile; sectionKey: SectionKey; level: Level; tt: Translate; locale: string }) {
  const p = profile.profile;
  switch (sectionKey) {
    case 'health':
      return <Facts group="health" fields={TEXT_FIELDS.health} values={profile.health ?? {}} tt={tt} />;
    case 'hobbies':
      return <p><Value text={displayValue('text', p?.hobbies, tt, locale)} empty={tt('view.empty')} /></p>;
    case 'competences':
      return <Facts group="competences" fields={TEXT_FIELDS.competences} values={p?.competences ?? {}} tt={tt} />;
    case 'aspirations': {
      const a = p?.aspirations;
      if (!a) return null;
      const transport = a.transport.filter(isTransport).map((m) => tt(`transport.${m}`)).join(', ');
      return (
        <>
          <Facts group="aspirations" fields={TEXT_FIELDS.aspirationsBefore} values={a} tt={tt} />
          <Heading level={level + 1}>{tt('fields.aspirations.desiredJobs')}</Heading>
          <Table tableKey="desiredJobs" rows={a.desiredJobs} level={level + 1} tt={tt} locale={locale} />
          <Facts group="aspirations" fields={TEXT_FIELDS.aspirationsAfter} values={a} tt={tt} />
          <dl className="profile-facts profile-facts--wide">
            <div>
              <dt>{tt('fields.aspirations.maxTravelKm')}</dt>
              <dd><Value text={a.maxTravelKm === null ? null : tt('view.km', { km: a.maxTravelKm })} empty={tt('view.empty')} /></dd>
            </div>
            <div>
              <dt>{tt('fields.aspirations.transport')}</dt>
              <dd><Value text={transport || null} empty={tt('view.empty')} /></dd>
            </div>
            <div>
              <dt>{tt('fields.aspirations.other')}</dt>
              <dd><Value text={a.other || null} empty={tt('view.empty')} /></dd>
            </div>
          </dl>
        </>
      );
    }
    default: {
      const rows = tableRows(profile, sectionKey);
      return rows ? <Table tableKey={sectionKey} rows={rows} level={level} tt={tt} locale={locale} /> : null;
    }
  }
}
