import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { COMPETENCE_ITEMS } from '../../common/competences.ts';
import { ENVIRONMENT_TAGS, WORK_DAYS } from '../../common/matching.ts';
import { startEmbedded } from '../../server/src/db/embedded.ts';
import { ALL_SCHEDULE, maskOf, scheduleMask } from '../../server/src/features/matching/candidate-index.ts';
import { buildCandidateIndex, DEFAULT_MATCH_WEIGHTS as W, type MatchCandidate, type MatchVacancy } from '../../server/src/features/matching/score.ts';
import { generateCandidates, generateVacancies } from './generate.ts';

/**
 * npm run bench:matching:sql: the two ways candidates can reach the ranker
 * (docs/decisions/016-matching-engine.md), on a temporary embedded PostgreSQL holding the
 * generated candidates as the server would store them (capacities as jsonb):
 * 1. load every row and build the in-memory index (the cost of a cache rebuild);
 * 2. score in SQL: the same formula (competence, distance, occupation, tasks) as one query per vacancy.
 */
const { values } = parseArgs({ options: { candidates: { type: 'string', default: '100000' }, rankings: { type: 'string', default: '20' } } });
const n = Number(values.candidates);
const ms = (t: number) => t.toFixed(1);
const sortedTimes = (xs: number[]) => xs.toSorted((a, b) => a - b);
const pct = (s: number[], q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;

const dir = path.join(os.tmpdir(), `passend-bench-matching-${process.pid}`);
const server = await startEmbedded({ dataDir: path.join(dir, 'pg'), port: 54390 + (process.pid % 9), database: 'bench' });
const client = new pg.Client({ connectionString: server.connectionString('bench') });
try {
  await client.connect();
  const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
  console.log(`PostgreSQL ${version} (embedded), node ${process.version}, ${os.cpus()[0]?.model}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}`);
  const columns = `id text, capacities jsonb, gap_closers jsonb, max_hours real, days text[], shifts text[], schedule int,
    lat double precision, lon double precision, max_km real, contracts text[], excluded_env text[], env_excluded int,
    preferred_env text[], env_preferred int, desired_esco text[], desired_tasks text[]`;
  await client.query(`CREATE TABLE bench_candidates (${columns}, PRIMARY KEY (id))`);
  const candidates = generateCandidates(n);
  const dayBits = (1 << WORK_DAYS.length) - 1;
  const allShifts = ALL_SCHEDULE & ~dayBits;
  const row = (c: MatchCandidate) => {
    const m = scheduleMask(c.availableDays, c.availableShifts);
    return {
      id: c.id, capacities: c.capacities, gap_closers: c.gapClosers, max_hours: c.maxHoursPerWeek, days: c.availableDays, shifts: c.availableShifts,
      schedule: (c.availableDays.length ? m & dayBits : dayBits) | (c.availableShifts.length ? m & ~dayBits : allShifts),
      lat: c.home?.lat ?? null, lon: c.home?.lon ?? null, max_km: c.maxTravelKm, contracts: c.contracts,
      excluded_env: c.excludedEnvironment, env_excluded: maskOf(ENVIRONMENT_TAGS, c.excludedEnvironment),
      preferred_env: c.preferredEnvironment, env_preferred: maskOf(ENVIRONMENT_TAGS, c.preferredEnvironment),
      desired_esco: c.desiredEscoCodes, desired_tasks: c.desiredTasks,
    };
  };
  let t = performance.now();
  for (let k = 0; k < n; k += 5000) {
    const batch = JSON.stringify(candidates.slice(k, k + 5000).map(row));
    await client.query(`INSERT INTO bench_candidates SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`, [batch]);
  }
  await client.query('VACUUM ANALYZE bench_candidates');
  const size = (await client.query<{ s: string }>(`SELECT pg_size_pretty(pg_total_relation_size('bench_candidates')) s`)).rows[0]!.s;
  console.log(`inserted ${n} candidates in ${ms(performance.now() - t)} ms; table ${size}`);

  // 1. Load everything and build the index, three times (the first also warms the cache).
  for (let run = 1; run <= 3; run++) {
    t = performance.now();
    const rows = (await client.query(`SELECT id, capacities, gap_closers, max_hours, days, shifts, lat, lon, max_km, contracts, excluded_env, preferred_env, desired_esco, desired_tasks
      FROM bench_candidates`)).rows;
    const fetched = performance.now() - t;
    const list: MatchCandidate[] = rows.map((r) => ({
      id: r.id, capacities: r.capacities, gapClosers: r.gap_closers, maxHoursPerWeek: r.max_hours, availableDays: r.days, availableShifts: r.shifts,
      home: r.lat === null ? null : { lat: r.lat, lon: r.lon }, maxTravelKm: r.max_km, contracts: r.contracts,
      excludedEnvironment: r.excluded_env, preferredEnvironment: r.preferred_env, desiredEscoCodes: r.desired_esco, desiredTasks: r.desired_tasks,
    }));
    const t2 = performance.now();
    buildCandidateIndex(list);
    console.log(`load run ${run}: fetch + parse ${ms(fetched)} ms, index ${ms(performance.now() - t2)} ms, total ${ms(performance.now() - t)} ms`);
  }

  // 1b. The same from a packed copy the server would keep next to the profiles: item cells as
  // bytea (one byte per item, as in the index), masks as integers, word lists as one text.
  await client.query(`CREATE TABLE bench_packed AS SELECT id,
      decode(array_to_string(ARRAY(SELECT lpad(to_hex(coalesce((capacities->>k)::int, 0)), 2, '0') FROM unnest(${p0(COMPETENCE_ITEMS.map((i) => i.key))}::text[]) k), ''), 'hex') AS cells,
      max_hours, schedule, 0 AS contracts, env_excluded, env_preferred, lat, lon, max_km,
      array_to_string(desired_esco, chr(9)) AS esco, array_to_string(desired_tasks, chr(9)) AS tasks
    FROM bench_candidates`);
  for (let run = 1; run <= 3; run++) {
    t = performance.now();
    const rows = (await client.query('SELECT * FROM bench_packed')).rows;
    const fetched = performance.now() - t;
    const t2 = performance.now();
    const cells = new Uint8Array(rows.length * COMPETENCE_ITEMS.length);
    let words = 0;
    rows.forEach((r, i) => {
      cells.set(r.cells as Buffer, i * COMPETENCE_ITEMS.length);
      words += (r.esco as string).split('\t').length + (r.tasks as string).split('\t').length;
    });
    console.log(`packed load run ${run}: fetch + parse ${ms(fetched)} ms, unpack ${ms(performance.now() - t2)} ms (${words} words), total ${ms(performance.now() - t)} ms`);
  }

  // 2. Score in SQL (skipped with --rankings 0).
  if (Number(values.rankings) > 0) await sqlScoring(client, Number(values.rankings));
} finally {
  await client.end().catch(() => {});
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}

async function sqlScoring(db: pg.Client, rankings: number): Promise<void> {
  const times: number[] = [];
  let returned = 0;
  for (const [k, v] of generateVacancies(rankings + 3, 40).entries()) {
    const { text, params } = scoringQuery(v);
    const t = performance.now();
    const r = await db.query(text, params);
    if (k >= 3) times.push(performance.now() - t);
    returned += r.rowCount ?? 0;
  }
  const s = sortedTimes(times);
  console.log(`SQL scoring, ${times.length} vacancies × ${n} candidates, top 20 (no explanations, ${returned} rows returned): p50 ${ms(pct(s, 0.5))} ms, p95 ${ms(pct(s, 0.95))} ms, max ${ms(s[s.length - 1]!)} ms`);
}

/** A literal text array for a statement without parameters. */
function p0(xs: readonly string[]): string {
  return `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]`;
}

/** The score of docs/matching.md in SQL (constraints that exclude by default; contract flag left out). */
function scoringQuery(v: MatchVacancy): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (x: unknown) => `$${params.push(x)}`;
  const required = COMPETENCE_ITEMS.filter((i) => (v.requirements[i.key] ?? 1) >= 2);
  const toCover = required.reduce((s, i) => s + v.requirements[i.key]! - 1, 0);
  const items = required.map((i) => {
    const r = v.requirements[i.key]!;
    const cap = `(capacities->>'${i.key}')::int`;
    const closable = `gap_closers ? '${i.key}'`;
    return `CASE WHEN ${cap} IS NULL THEN 0 ELSE (least(${cap}, ${r}) - 1 + CASE WHEN ${closable} THEN ${W.closableCredit} * greatest(0, ${r} - ${cap}) ELSE 0 END) * ${W.competence / toCover}
      - CASE WHEN ${r} - ${cap} >= 2 AND NOT ${closable} THEN ${W.significantGapPenalty} ELSE 0 END END`;
  });
  const lat = p(v.location!.lat);
  const lon = p(v.location!.lon);
  const esco = p(v.escoCode);
  const isco = p(v.escoCode!.slice(0, 4));
  const o = W.occupation;
  const text = `SELECT id, (${items.join(' + ') || '0'})
      + coalesce((SELECT max(CASE WHEN e = ${esco} THEN ${o.exact} WHEN left(e, 4) = ${isco} THEN ${o.isco4} WHEN left(e, 3) = left(${isco}, 3) THEN ${o.isco3} WHEN left(e, 2) = left(${isco}, 2) THEN ${o.isco2} ELSE 0 END) FROM unnest(desired_esco) e), 0)
      + ${W.tasks} * cardinality(ARRAY(SELECT unnest(desired_tasks) INTERSECT SELECT unnest(${p(v.tasks)}::text[]))) / ${Math.max(1, v.tasks.length)}.0
      + CASE WHEN env_preferred = 0 THEN 0 ELSE ${W.environment} * bit_count((env_preferred & ${p(maskOf(ENVIRONMENT_TAGS, v.environment))})::bit(32)) / bit_count(env_preferred::bit(32))::float END AS score
    FROM bench_candidates
    WHERE (max_hours IS NULL OR max_hours >= ${p(v.hoursPerWeek)})
      AND (schedule & ${p(scheduleMask(v.days, v.shifts))}) = ${p(scheduleMask(v.days, v.shifts))}
      AND (env_excluded & ${p(maskOf(ENVIRONMENT_TAGS, v.environment))}) = 0
      AND (max_km IS NULL OR lat IS NULL OR 2 * 6371.0088 * asin(sqrt(power(sin(radians(lat - ${lat}) / 2), 2)
           + cos(radians(lat)) * cos(radians(${lat})) * power(sin(radians(lon - ${lon}) / 2), 2))) <= max_km)
    ORDER BY score DESC, id LIMIT 20`;
  return { text, params };
}
