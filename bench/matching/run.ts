import { createHash } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { indexBytes } from '../../server/src/features/matching/candidate-index.ts';
import { buildCandidateIndex, DEFAULT_MATCH_WEIGHTS, matchWeights, rankCandidates, rankVacancies } from '../../server/src/features/matching/score.ts';
import { generateCandidates, generateVacancies } from './generate.ts';

/**
 * npm run bench:matching [-- --candidates 100000 --rankings 200 --warmup 50 --limit 20]
 * Ranks generated candidates for generated vacancies in-process and prints latency
 * percentiles, memory and the machine. Method and results: docs/performance.md.
 */
const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100000' },
    rankings: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '50' },
    limit: { type: 'string', default: '20' },
    vacancies: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '4' },
  },
});
const n = Number(values.candidates);
const rankings = Number(values.rankings);
const warmup = Number(values.warmup);
const limit = Number(values.limit);
const seed = Number(values.seed);

const ms = (t: number) => t.toFixed(2);
const mb = (b: number) => (b / 2 ** 20).toFixed(1);
function percentiles(xs: number[]) {
  const s = xs.toSorted((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1]!, mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const cpu = os.cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} logical cores, ${mb(os.totalmem())} MiB RAM, ${os.platform()} ${os.release()}`);
console.log(`node ${process.version}; load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

let t = performance.now();
const candidates = generateCandidates(n, seed);
console.log(`generated ${n} candidates (seed ${seed}) in ${ms(performance.now() - t)} ms`);
t = performance.now();
const index = buildCandidateIndex(candidates);
const buildMs = performance.now() - t;
console.log(`index built in ${ms(buildMs)} ms; typed arrays ${mb(indexBytes(index))} MiB, ${index.escoCodes.length} ESCO codes, ${index.taskWords.length} task words`);
// Keep 100 candidate objects for rankVacancies; drop the rest so memory shows what the index holds.
const clients = Array.from({ length: 100 }, (_, k) => candidates[(k * 997) % n]!);
candidates.length = 0;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const afterBuild = process.memoryUsage();
console.log(`memory with the index (after gc): rss ${mb(afterBuild.rss)} MiB, heap used ${mb(afterBuild.heapUsed)} MiB, array buffers ${mb(afterBuild.arrayBuffers)} MiB`);

const vacancies = generateVacancies(warmup + rankings, seed * 10);
for (const v of vacancies.slice(0, warmup)) rankCandidates(v, index, DEFAULT_MATCH_WEIGHTS, limit);

const times: number[] = [];
const digest = createHash('sha256');
let excluded = 0;
for (const v of vacancies.slice(warmup)) {
  const start = performance.now();
  const r = rankCandidates(v, index, DEFAULT_MATCH_WEIGHTS, limit);
  times.push(performance.now() - start);
  excluded += r.excludedCount;
  digest.update(r.results.map((x) => `${x.id}:${x.score}`).join(',') + ';');
}
const p = percentiles(times);
console.log(`\nrankCandidates: ${rankings} vacancies × ${n} candidates, top ${limit} with reasons, after ${warmup} warm-up rankings`);
console.log(`  p50 ${ms(p.p50)} ms  p95 ${ms(p.p95)} ms  p99 ${ms(p.p99)} ms  max ${ms(p.max)} ms  mean ${ms(p.mean)} ms`);
console.log(`  excluded by constraints: ${((100 * excluded) / (rankings * n)).toFixed(1)} % on average; results digest ${digest.digest('hex').slice(0, 16)}`);

// Worst case: every constraint only flags, so every candidate is scored in full.
const flagOnly = matchWeights({ constraints: { hours: 'flag', schedule: 'flag', distance: 'flag', contract: 'flag', environment: 'flag' } });
const full: number[] = [];
for (const v of vacancies.slice(warmup)) {
  const start = performance.now();
  rankCandidates(v, index, flagOnly, limit);
  full.push(performance.now() - start);
}
const f = percentiles(full);
console.log(`\nrankCandidates, worst case (every constraint set to flag, nobody excluded): ${rankings} vacancies`);
console.log(`  p50 ${ms(f.p50)} ms  p95 ${ms(f.p95)} ms  p99 ${ms(f.p99)} ms  max ${ms(f.max)} ms  mean ${ms(f.mean)} ms`);

const openVacancies = generateVacancies(Number(values.vacancies), seed * 100);
const vt: number[] = [];
for (let k = 0; k < warmup + 100; k++) {
  const start = performance.now();
  rankVacancies(clients[k % clients.length]!, openVacancies, DEFAULT_MATCH_WEIGHTS, limit);
  if (k >= warmup) vt.push(performance.now() - start);
}
const q = percentiles(vt);
console.log(`\nrankVacancies: 100 candidates × ${openVacancies.length} vacancies, top ${limit} with reasons`);
console.log(`  p50 ${ms(q.p50)} ms  p95 ${ms(q.p95)} ms  p99 ${ms(q.p99)} ms  max ${ms(q.max)} ms`);

gc?.();
const mem = process.memoryUsage();
console.log(`\nmemory at end (after gc): rss ${mb(mem.rss)} MiB, heap used ${mb(mem.heapUsed)} MiB, array buffers ${mb(mem.arrayBuffers)} MiB${gc ? '' : ' (run with --expose-gc for figures after collection)'}`);
console.log(`load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
