import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { postcodeCentroid } from '../../common/geo/postcodes.ts';
import { startEmbedded } from '../../server/src/db/embedded.ts';
import { loadConfig } from '../../server/src/env.ts';
import type { Actor } from '../../server/src/access/actor.ts';
import { toCandidate, toMatchVacancy } from '../../server/src/features/matching/matching.loader.ts';
import { candidateSnapshot, teamCandidates, vacancyForMatching } from '../../server/src/features/matching/matching.queries.ts';
import { buildCandidateIndex, DEFAULT_MATCH_WEIGHTS, distanceKm, rankCandidates, type MatchCandidate } from '../../server/src/features/matching/score.ts';
import { startServer } from '../../server/src/server.ts';
import { generateCandidates, generateVacancies } from './generate.ts';

/**
 * npm run bench:matching:http: GET /api/vacancies/{id}/matches end to end, through the real
 * server (HTTP, session, policy, the per-request "who may be ranked" query, the matching
 * version read, the cached index, the score, the JSON answer) on a temporary embedded
 * PostgreSQL. The demo world is loaded, then N generated candidates (bench/matching/generate.ts)
 * are stored as the application stores them (clients in phase 3–4 with a capacity profile,
 * availability and vocational profile) and assigned to the demo coach Jonas, who signs in and
 * ranks one generated vacancy: the first (cold) request builds the index, then `requests`
 * timed requests hit the cache; then `rebuilds` changes to one availability each force a
 * rebuild on the next request.
 */
const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '20000' },
    requests: { type: 'string', default: '200' },
    rebuilds: { type: 'string', default: '5' },
    limit: { type: 'string', default: '20' },
  },
});
const n = Number(values.candidates);
const ms = (t: number) => t.toFixed(1);
const pct = (s: number[], q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
const COACH = 'coach@coaching.passend.test';
const PASSWORD = 'passend-bench';

/** Postcodes around the generator's three cities; a generated home goes to the nearest centre. */
const POSTCODES = [
  '9000', '9030', '9031', '9032', '9040', '9041', '9042', '9050', '9051', '9052', '9070', '9080', '9090', '9820', '9830', '9840', '9810', '9940', '9230',
  '2000', '2018', '2020', '2030', '2050', '2060', '2070', '2100', '2140', '2150', '2170', '2180', '2600', '2610', '2640', '2650', '2660', '2900', '2930',
  '2800', '2820', '2830', '2840', '2860', '2570', '2580', '2500', '1980', '1800',
].map((code) => ({ code, at: postcodeCentroid(code)! }));
const nearestPostcode = (c: MatchCandidate) => {
  if (!c.home) return '';
  let best = POSTCODES[0]!;
  for (const p of POSTCODES) if (distanceKm(c.home, p.at) < distanceKm(c.home, best.at)) best = p;
  return best.code;
};

const dir = path.join(os.tmpdir(), `passend-bench-http-${process.pid}`);
const embedded = await startEmbedded({ dataDir: path.join(dir, 'pg'), port: 54380 + (process.pid % 9), database: 'bench' });
const url = embedded.connectionString('bench');
let close = async () => {};
const db = new pg.Client({ connectionString: url });
db.on('error', () => {}); // the database stopping at the end is not news
try {
  const config = { ...loadConfig({ NODE_ENV: 'production', PORT: '0', DEMO_PASSWORD: PASSWORD, DATA_DIR: dir }), workers: false };
  let t = performance.now();
  const server = await startServer(config, url, () => {});
  close = server.close;
  console.log(`server started (migrations, ESCO, demo world) in ${ms(performance.now() - t)} ms`);

  await db.connect();
  const version = (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
  console.log(`PostgreSQL ${version} (embedded), node ${process.version}, ${os.cpus()[0]?.model}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const { rows: [coach] } = await db.query<{ id: string; organisation_id: string }>('SELECT id, organisation_id FROM users WHERE email = $1', [COACH]);
  const org = coach!.organisation_id;

  // N candidates as the application stores them. The bulk load runs with the matching triggers
  // off (one bump at the end instead of one per row): session_replication_role = replica.
  t = performance.now();
  const candidates = generateCandidates(n);
  await db.query('BEGIN');
  await db.query('SET LOCAL session_replication_role = replica');
  for (let k = 0; k < n; k += 2000) {
    const batch = candidates.slice(k, k + 2000).map((c, i) => ({
      n: k + i, postcode: nearestPostcode(c), phase: (k + i) % 4 === 0 ? 4 : 3, scores: c.capacities, closers: c.gapClosers, max_hours: c.maxHoursPerWeek,
      days: c.availableDays, shifts: c.availableShifts, contracts: c.contracts, excluded: c.excludedEnvironment,
      // the database keeps an environment from being both excluded and preferred; the generator does not
      preferred: c.preferredEnvironment.filter((e) => !c.excludedEnvironment.includes(e)),
      profile: {
        aspirations: {
          desiredJobs: c.desiredEscoCodes.map((code) => ({ occupation: { uri: `urn:bench:${code}`, code, preferredLabel: code }, note: '' })),
          desiredTasks: c.desiredTasks.join(', '), maxTravelKm: c.maxTravelKm === null ? null : Math.round(c.maxTravelKm),
        },
      },
    }));
    await db.query(`
      WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(n int, postcode text, phase int, scores jsonb, closers jsonb, max_hours numeric,
             days text[], shifts text[], contracts text[], excluded text[], preferred text[], profile jsonb)),
        c AS (INSERT INTO clients (organisation_id, given_name, family_name, postcode)
              SELECT $2, 'Kandidaat', lpad(r.n::text, 6, '0'), r.postcode FROM r RETURNING id, family_name),
        rc AS (SELECT r.*, c.id FROM r JOIN c ON c.family_name = lpad(r.n::text, 6, '0')),
        a AS (INSERT INTO client_assignments (organisation_id, client_id, user_id, kind) SELECT $2, id, $3, 'responsible' FROM rc),
        t AS (INSERT INTO trajectories (organisation_id, client_id, phase) SELECT $2, id, phase FROM rc),
        cp AS (INSERT INTO capacity_profile_versions (organisation_id, client_id, number, assessed_on, scores, gap_closers, saved_by)
               SELECT $2, id, 1, current_date, scores, closers, $3 FROM rc),
        av AS (INSERT INTO client_availability (organisation_id, client_id, max_hours_per_week, days, shifts, contracts, excluded_environment, preferred_environment, updated_by)
               SELECT $2, id, max_hours, days, shifts, contracts, excluded, preferred, $3 FROM rc),
        vp AS (INSERT INTO vocational_profiles (organisation_id, client_id, version, updated_by) SELECT $2, id, 1, $3 FROM rc)
      INSERT INTO vocational_profile_versions (organisation_id, client_id, version, saved_by, content) SELECT $2, id, 1, $3, profile FROM rc`,
    [JSON.stringify(batch), org, coach!.id]);
  }
  await db.query(`INSERT INTO matching_versions AS m (organisation_id, version) VALUES ($1, 1)
    ON CONFLICT (organisation_id) DO UPDATE SET version = m.version + 1`, [org]);
  await db.query('COMMIT');
  await db.query('VACUUM ANALYZE');
  console.log(`stored ${n} candidates in ${ms(performance.now() - t)} ms`);

  // One generated vacancy at Groenhof (the demo employer record), with its job analysis and competence profile.
  const v = generateVacancies(1)[0]!;
  const { rows: [employer] } = await db.query<{ id: string }>("SELECT id FROM employers WHERE organisation_id = $1 AND name = 'Groenhof Supermarkten'", [org]);
  const { rows: [vacancy] } = await db.query<{ id: string }>(`
    INSERT INTO vacancies (organisation_id, employer_id, title, esco_uri, esco_code, esco_label, hours_per_week, schedule_days, shifts, contract_kind,
      environment_tags, lat, lon, created_by)
    VALUES ($1, $2, 'Bench vacancy', $3, $4, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
  [org, employer!.id, `urn:bench:${v.escoCode}`, v.escoCode, v.hoursPerWeek, v.days, v.shifts, v.contract ?? 'other', v.environment, v.location?.lat ?? null, v.location?.lon ?? null, coach!.id]);
  await db.query('INSERT INTO job_analyses (organisation_id, vacancy_id, tasks, updated_by) VALUES ($1, $2, $3, $4)',
    [org, vacancy!.id, JSON.stringify(v.tasks.map((task) => ({ task }))), coach!.id]);
  await db.query('INSERT INTO vacancy_competence_profiles (organisation_id, vacancy_id, scores, updated_by) VALUES ($1, $2, $3, $4)',
    [org, vacancy!.id, JSON.stringify(v.requirements), coach!.id]);
  console.log(`vacancy: ${v.hoursPerWeek} h, ${v.days.join(' ')} ${v.shifts.join(' ')}, ${v.contract}, ${Object.keys(v.requirements).length} required items, ${v.tasks.length} tasks, [${v.environment.join(', ')}]`);

  // Sign in as the coach, the way the browser does (CSRF cookie, then the form).
  const cookies = new Map<string, string>();
  const keep = (res: Response) => {
    for (const set of res.headers.getSetCookie()) {
      const [k, ...rest] = set.split(';')[0]!.split('=');
      cookies.set(k!.trim(), rest.join('='));
    }
  };
  const cookie = () => [...cookies].map(([k, val]) => `${k}=${val}`).join('; ');
  keep(await fetch(`${server.url}/api/auth/csrf`));
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST', body: JSON.stringify({ email: COACH, password: PASSWORD }),
    headers: { 'content-type': 'application/json', 'x-csrf-token': cookies.get('passend_csrf') ?? '', cookie: cookie() },
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  keep(login);

  const matchesUrl = `/api/vacancies/${vacancy!.id}/matches?limit=${values.limit}`;
  const rank = async (route = matchesUrl) => {
    const start = performance.now();
    const res = await fetch(`${server.url}${route}`, { headers: { cookie: cookie() } });
    const text = await res.text();
    const elapsed = performance.now() - start;
    if (res.status !== 200) throw new Error(`ranking failed: ${res.status} ${text}`);
    return { elapsed, bytes: text.length, body: JSON.parse(text) as { considered: number; excludedCount: number; results: { score: number }[] } };
  };

  const cold = await rank();
  console.log(`cold (index build): ${ms(cold.elapsed)} ms; considered ${cold.body.considered}, excluded ${cold.body.excludedCount}, ${cold.body.results.length} results`
    + ` (best ${cold.body.results[0]?.score}), ${(cold.bytes / 1024).toFixed(1)} KiB`);
  for (let i = 0; i < 10; i++) await rank(); // warm-up, not counted
  const times: number[] = [];
  for (let i = 0; i < Number(values.requests); i++) times.push((await rank()).elapsed);
  const s = times.toSorted((a, b) => a - b);
  console.log(`warm, ${s.length} sequential requests: p50 ${ms(pct(s, 0.5))} ms, p95 ${ms(pct(s, 0.95))} ms, p99 ${ms(pct(s, 0.99))} ms, max ${ms(s[s.length - 1]!)} ms`);
  // For comparison, the plainest read of the same vacancy (session, policy, one query, JSON).
  const plain: number[] = [];
  for (let i = 0; i < 50; i++) plain.push((await rank(`/api/vacancies/${vacancy!.id}`)).elapsed);
  const p = plain.toSorted((a, b) => a - b);
  console.log(`baseline GET /api/vacancies/{id}, 50 requests: p50 ${ms(pct(p, 0.5))} ms, p95 ${ms(pct(p, 0.95))} ms`);

  const rebuilds: number[] = [];
  for (let i = 0; i < Number(values.rebuilds); i++) {
    // A change to one client's availability (the trigger moves the version): the next request rebuilds.
    await db.query(`UPDATE client_availability SET note = $1, version = version + 1
      WHERE client_id = (SELECT client_id FROM client_availability WHERE organisation_id = $2 ORDER BY client_id LIMIT 1)`, [`bench ${i}`, org]);
    rebuilds.push((await rank()).elapsed);
  }
  if (rebuilds.length > 0) console.log(`after a change (rebuild): ${rebuilds.map(ms).join(', ')} ms`);

  // Where the time goes: the steps of a request and of a rebuild, called directly (median of 10).
  const median = async (f: () => Promise<unknown>) => {
    const xs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      await f();
      xs.push(performance.now() - start);
    }
    return ms(xs.toSorted((a, b) => a - b)[5]!);
  };
  const actor = { userId: coach!.id, organisationId: org } as Actor;
  let snapshot = await candidateSnapshot(server.db, org);
  console.log(`steps (median of 10): who may be ranked (teamCandidates, ${(await teamCandidates(server.db, actor, org)).length} rows) ${await median(() => teamCandidates(server.db, actor, org))} ms;`
    + ` vacancy ${await median(() => vacancyForMatching(server.db, vacancy!.id))} ms;`
    + ` candidate snapshot (${snapshot.rows.length} rows) ${await median(async () => { snapshot = await candidateSnapshot(server.db, org); })} ms;`
    + ` rows → index ${await median(async () => buildCandidateIndex(snapshot.rows.map((r) => toCandidate(r, snapshot.region))))} ms`);
  const index = buildCandidateIndex(snapshot.rows.map((r) => toCandidate(r, snapshot.region)));
  const only = new Set((await teamCandidates(server.db, actor, org)).map((a) => a.id));
  const mv = toMatchVacancy((await vacancyForMatching(server.db, vacancy!.id))!);
  console.log(`score in process (median of 10): rankCandidates with only ${await median(async () => rankCandidates(mv, index, DEFAULT_MATCH_WEIGHTS, Number(values.limit), { only }))} ms,`
    + ` without ${await median(async () => rankCandidates(mv, index, DEFAULT_MATCH_WEIGHTS, Number(values.limit)))} ms`);
} finally {
  await db.end().catch(() => {});
  await close().catch(() => {});
  await embedded.stop();
  await rm(dir, { recursive: true, force: true });
}
