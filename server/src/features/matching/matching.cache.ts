import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { toCandidate } from './matching.loader.ts';
import { candidateSnapshot, matchingVersion } from './matching.queries.ts';
import { buildCandidateIndex, type CandidateIndex } from './score.ts';

/**
 * The per-instance cache of candidate indexes (decision 016): one index per organisation,
 * tagged with the organisation's matching version (matching_versions, moved by the triggers of
 * 0009_matching.sql in the same transaction as any change to a candidate's inputs).
 *
 * Every ranking reads the version (one indexed row); when it moved past the cached index, the
 * index is rebuilt from one database snapshot, so a ranking always reflects every change
 * committed before it started. Concurrent requests share one build (single flight). The cache
 * holds profile data only: who may be ranked (team, consent) is decided per request and passed
 * to the score as `only`; nothing here caches an access or consent decision.
 */

export interface CachedIndex {
  organisationId: string;
  /** The matching version the index was built from. */
  version: number;
  index: CandidateIndex;
  builtAt: Date;
  buildMs: number;
}

interface Flight {
  /** The version seen before the build started: the build's snapshot is at least this new. */
  atLeast: number;
  promise: Promise<CachedIndex>;
}

export class CandidateCache {
  private readonly entries = new Map<string, CachedIndex>();
  private readonly flights = new Map<string, Flight>();
  /** How many builds ran (for the tests and the logs). */
  builds = 0;

  /** The index of the organisation as of now: the cached one when the version is the same, else a fresh build. */
  async get(db: Kysely<DB>, organisationId: string): Promise<CachedIndex> {
    const version = await matchingVersion(db, organisationId);
    const cached = this.entries.get(organisationId);
    // Equal, not "at least": a database restored to an older state must not keep a newer index.
    if (cached && cached.version === version) return cached;
    const flight = this.flights.get(organisationId);
    if (flight && flight.atLeast >= version) return flight.promise;
    const promise = this.build(db, organisationId).finally(() => {
      if (this.flights.get(organisationId)?.promise === promise) this.flights.delete(organisationId);
    });
    this.flights.set(organisationId, { atLeast: version, promise });
    return promise;
  }

  private async build(db: Kysely<DB>, organisationId: string): Promise<CachedIndex> {
    const started = performance.now();
    const { version, region, rows } = await candidateSnapshot(db, organisationId);
    const index = buildCandidateIndex(rows.map((r) => toCandidate(r, region)));
    this.builds++;
    const entry: CachedIndex = { organisationId, version, index, builtAt: new Date(), buildMs: performance.now() - started };
    // The last build to finish is kept; should an older one finish last, the next request sees
    // the version differ and builds again: never a stale answer, at worst one build more.
    this.entries.set(organisationId, entry);
    return entry;
  }

  /** Forgets every index (tests; a memory limit would evict the least recently used). */
  clear(): void {
    this.entries.clear();
  }
}

/** The cache of this server instance. */
export const candidateCache = new CandidateCache();
