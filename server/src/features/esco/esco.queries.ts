import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { normaliseLabel } from './normalise.ts';

type Q = Kysely<DB> | Transaction<DB>;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface SearchRow {
  uri: string;
  code: string;
  preferred_label: string;
  isco_group: string;
  isco_label: string;
  label: string;
  preferred: boolean;
  rank: number;
}

/**
 * Occupations with a label (preferred or alternative) holding every word of `q`, accents and
 * case ignored. Ranked: the preferred label equal to or starting with the query first, then an
 * alternative label that does, then a word of a label starting with it, then anything else.
 */
export async function searchOccupations(db: Q, q: string, limit: number) {
  const needle = normaliseLabel(q);
  if (!needle) return [];
  const words = needle.split(' ').map((w) => `%${likeEscape(w)}%`);
  const whole = likeEscape(needle);
  const rank = sql<number>`CASE
    WHEN l.preferred AND l.search = ${needle} THEN 0
    WHEN l.preferred AND l.search LIKE ${`${whole}%`} THEN 1
    WHEN l.search = ${needle} THEN 2
    WHEN l.search LIKE ${`${whole}%`} THEN 3
    WHEN l.preferred AND ' ' || l.search LIKE ${`% ${whole}%`} THEN 4
    WHEN ' ' || l.search LIKE ${`% ${whole}%`} THEN 5
    WHEN l.preferred THEN 6 ELSE 7 END`;
  const best = db
    .selectFrom('esco_labels as l')
    .innerJoin('esco_occupations as o', 'o.uri', 'l.occupation_uri')
    .innerJoin('esco_isco_groups as g', 'g.code', 'o.isco_group')
    .distinctOn('o.uri')
    .select(['o.uri', 'o.code', 'o.preferred_label', 'o.isco_group', 'g.preferred_label as isco_label', 'l.label', 'l.preferred', rank.as('rank')])
    .where((eb) => eb.and(words.map((w) => eb('l.search', 'like', w))))
    .orderBy('o.uri')
    .orderBy('rank')
    .orderBy(sql`length(l.label)`);
  const rows = (await db
    .selectFrom(best.as('b'))
    .selectAll()
    .orderBy('rank')
    .orderBy(sql`length(b.preferred_label)`)
    .orderBy('preferred_label')
    .orderBy('uri')
    .limit(limit)
    .execute()) as SearchRow[];
  return rows.map((r) => ({
    uri: r.uri,
    code: r.code,
    preferredLabel: r.preferred_label,
    matchedAltLabel: r.preferred ? null : r.label,
    isco: { code: r.isco_group, label: r.isco_label },
  }));
}

/** Occupations by ESCO code or by the id at the end of their URI; a code may name several. */
export async function findOccupations(db: Q, codeOrId: string) {
  const rows = await db
    .selectFrom('esco_occupations as o')
    .innerJoin('esco_isco_groups as g', 'g.code', 'o.isco_group')
    .select((eb) => [
      'o.uri', 'o.code', 'o.preferred_label', 'o.description', 'o.isco_group', 'g.preferred_label as isco_label',
      eb.selectFrom('esco_labels as l').select(sql<string[]>`coalesce(array_agg(l.label ORDER BY l.label), '{}')`.as('labels'))
        .whereRef('l.occupation_uri', '=', 'o.uri').where('l.preferred', '=', false).as('alt_labels'),
    ])
    .where((eb) => eb.or([eb('o.code', '=', codeOrId), eb('o.uri', '=', `http://data.europa.eu/esco/occupation/${codeOrId}`)]))
    .orderBy('o.preferred_label')
    .execute();
  return rows.map((r) => ({
    uri: r.uri,
    code: r.code,
    preferredLabel: r.preferred_label,
    altLabels: r.alt_labels ?? [],
    description: r.description,
    isco: { code: r.isco_group, label: r.isco_label },
  }));
}

/** The occupations of these URIs that exist, by URI: to check and label what a profile codes. */
export async function occupationsByUri(db: Q, uris: readonly string[]) {
  if (uris.length === 0) return new Map<string, { uri: string; code: string; preferredLabel: string }>();
  const rows = await db.selectFrom('esco_occupations').select(['uri', 'code', 'preferred_label']).where('uri', 'in', [...new Set(uris)]).execute();
  return new Map(rows.map((r) => [r.uri, { uri: r.uri, code: r.code, preferredLabel: r.preferred_label }]));
}
