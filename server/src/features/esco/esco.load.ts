import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { normaliseLabel } from './normalise.ts';

/** The ESCO files shipped with the server (copied from shared/esco; see the README there). */
export const ESCO_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../data/esco');
// Any fixed number, other than the migrations' lock: instances starting together take turns.
const ESCO_LOCK = 727_274_004;
const BATCH = 1_000;

export interface EscoFiles {
  occupations: string;
  iscoGroups: string;
}

interface Occupation { uri: string; code: string; iscoGroup: string; preferredLabel: string; altLabels: string[]; description: string }
interface IscoGroup { uri: string; code: string; preferredLabel: string }

function csvRecords(text: string, columns: readonly string[], file: string): Record<string, string>[] {
  // RFC 4180: quoted fields hold commas, quotes and newlines (some descriptions span lines).
  const records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: false }) as Record<string, string>[];
  const header = Object.keys(records[0] ?? {});
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new Error(`ESCO file ${file} lacks the columns ${missing.join(', ')}`);
  return records;
}

/** Parses the two CSV files into rows; throws on a file that does not hold what ESCO promises. */
export function parseEsco(files: EscoFiles): { occupations: Occupation[]; groups: IscoGroup[] } {
  const groups = csvRecords(files.iscoGroups, ['conceptUri', 'code', 'preferredLabel'], 'isco_groups_nl.csv').map((r) => ({
    uri: r.conceptUri!.trim(), code: r.code!.trim(), preferredLabel: r.preferredLabel!.trim(),
  }));
  const groupCodes = new Set(groups.map((g) => g.code));
  const occupations = csvRecords(files.occupations, ['conceptUri', 'code', 'iscoGroup', 'preferredLabel', 'altLabels', 'description'], 'occupations_nl.csv').map((r) => {
    const preferredLabel = r.preferredLabel!.trim();
    const altLabels = [...new Set(r.altLabels!.split('|').map((l) => l.trim()).filter((l) => l && l !== preferredLabel))];
    const o = { uri: r.conceptUri!.trim(), code: r.code!.trim(), iscoGroup: r.iscoGroup!.trim(), preferredLabel, altLabels, description: r.description!.trim() };
    if (!o.uri || !o.code || !o.preferredLabel) throw new Error(`ESCO occupation without URI, code or label: ${JSON.stringify(r).slice(0, 200)}`);
    if (!groupCodes.has(o.iscoGroup)) throw new Error(`ESCO occupation ${o.uri} names an unknown ISCO group ${o.iscoGroup}`);
    return o;
  });
  return { occupations, groups };
}

const checksum = (text: string) => createHash('sha256').update(text).digest('hex');

export async function readEscoFiles(dir = ESCO_DIR): Promise<EscoFiles> {
  const [occupations, iscoGroups] = await Promise.all([
    readFile(path.join(dir, 'occupations_nl.csv'), 'utf8'),
    readFile(path.join(dir, 'isco_groups_nl.csv'), 'utf8'),
  ]);
  return { occupations, iscoGroups };
}

/**
 * Loads the ESCO tables when they are empty or a file changed since the last load (its
 * checksum row differs); otherwise does nothing. One transaction under an advisory lock: two
 * instances starting at once take turns, the second finds the checksums current, and readers
 * see the old rows until the new ones commit. Answers whether it loaded.
 */
export async function loadEsco(db: Kysely<DB>, files?: EscoFiles): Promise<boolean> {
  const data = files ?? (await readEscoFiles());
  const sums = { occupations: checksum(data.occupations), isco_groups: checksum(data.iscoGroups) };
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${ESCO_LOCK})`.execute(trx);
    const current = await trx.selectFrom('esco_imports').select(['dataset', 'checksum']).execute();
    const known = new Map(current.map((r) => [r.dataset, r.checksum]));
    if (known.get('occupations') === sums.occupations && known.get('isco_groups') === sums.isco_groups) return false;

    const { occupations, groups } = parseEsco(data);
    await trx.deleteFrom('esco_labels').execute();
    await trx.deleteFrom('esco_occupations').execute();
    await trx.deleteFrom('esco_isco_groups').execute();
    for (let i = 0; i < groups.length; i += BATCH) {
      await trx.insertInto('esco_isco_groups')
        .values(groups.slice(i, i + BATCH).map((g) => ({ code: g.code, uri: g.uri, preferred_label: g.preferredLabel })))
        .execute();
    }
    for (let i = 0; i < occupations.length; i += BATCH) {
      const batch = occupations.slice(i, i + BATCH);
      await trx.insertInto('esco_occupations')
        .values(batch.map((o) => ({ uri: o.uri, code: o.code, isco_group: o.iscoGroup, preferred_label: o.preferredLabel, description: o.description })))
        .execute();
    }
    const labels = occupations.flatMap((o) => [
      { occupation_uri: o.uri, label: o.preferredLabel, search: normaliseLabel(o.preferredLabel), preferred: true },
      ...o.altLabels.map((label) => ({ occupation_uri: o.uri, label, search: normaliseLabel(label), preferred: false })),
    ]);
    for (let i = 0; i < labels.length; i += BATCH) {
      await trx.insertInto('esco_labels').values(labels.slice(i, i + BATCH)).execute();
    }
    for (const [dataset, sum] of Object.entries(sums)) {
      const rowCount = dataset === 'occupations' ? occupations.length : groups.length;
      await trx.insertInto('esco_imports')
        .values({ dataset, checksum: sum, row_count: rowCount, loaded_at: new Date() })
        .onConflict((oc) => oc.column('dataset').doUpdateSet({ checksum: sum, row_count: rowCount, loaded_at: new Date() }))
        .execute();
    }
    return true;
  });
}
