import type { ConsentPurpose } from '../../../../common/consent.ts';
import {
  BenefitsSection, HealthSection, ProfileSections,
  type ProfileSectionsInput, type VocationalProfile,
} from '../../../../common/schemas/vocational-profile.ts';
import { readClient, type ClientGrant } from '../../access/clients.ts';
import type { Scope } from '../../access/scope.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { occupationsByUri } from '../esco/esco.queries.ts';
import { diffFields } from './diff.ts';
import { profileHead, profileVersion, type ProfileCategory, type ProfileParts } from './vocational-profile.queries.ts';

/** The profile's categories, in the order of the form. */
export const PROFILE_CATEGORIES: readonly ProfileCategory[] = ['vocational_profile', 'health', 'benefits'];
const PREFIX: Record<ProfileCategory, keyof ProfileParts> = { vocational_profile: 'profile', health: 'health', benefits: 'benefits' };

/**
 * Which of the profile's categories the actor may see, asked of readClient one category at a
 * time: each outside read is audited for what it showed, and a category without consent is
 * simply left out. None at all: 404, as if the client did not exist.
 */
export async function visibleCategories(scope: Scope, clientId: string, purpose?: ConsentPurpose) {
  const categories = new Set<ProfileCategory>();
  let grant: ClientGrant | undefined;
  for (const category of PROFILE_CATEGORIES) {
    try {
      grant = await readClient(scope, clientId, [category], purpose);
      categories.add(category);
    } catch (err) {
      if (!(err instanceof HttpProblem && err.status === 404)) throw err;
    }
  }
  if (!grant) throw notFound();
  return { grant, categories };
}

/** An empty profile: what a client has before the first save. */
export function emptyParts(): Required<ProfileParts> {
  return { profile: ProfileSections.parse({}), health: HealthSection.parse({}), benefits: BenefitsSection.parse({}) };
}

/** Keeps the parts of the given categories only. */
export function only(parts: ProfileParts, categories: ReadonlySet<ProfileCategory>): ProfileParts {
  const out: ProfileParts = {};
  for (const c of PROFILE_CATEGORIES) if (categories.has(c) && parts[PREFIX[c]]) Object.assign(out, { [PREFIX[c]]: parts[PREFIX[c]] });
  return out;
}

/** The current profile as these categories show it; version 0 and empty while nothing was saved. */
export async function currentProfile(scope: Scope, grant: ClientGrant, categories: ReadonlySet<ProfileCategory>): Promise<VocationalProfile> {
  const head = await profileHead(scope.db, grant.organisationId, grant.clientId);
  const base = { clientId: grant.clientId, categories: PROFILE_CATEGORIES.filter((c) => categories.has(c)) };
  if (!head) return { ...base, version: 0, updatedAt: null, updatedBy: null, ...only(emptyParts(), categories) };
  const v = await profileVersion(scope.db, grant.organisationId, grant.clientId, head.version, categories);
  return {
    ...base,
    version: head.version,
    updatedAt: new Date(head.updated_at).toISOString(),
    updatedBy: { id: head.by_id, name: head.by_name },
    ...only(v?.parts ?? {}, categories),
  };
}

/** Field changes between two versions' parts, each path prefixed with its part. */
export function changesBetween(before: ProfileParts | undefined, after: ProfileParts, categories: ReadonlySet<ProfileCategory>) {
  return PROFILE_CATEGORIES.filter((c) => categories.has(c)).flatMap((c) => diffFields(before?.[PREFIX[c]], after[PREFIX[c]], PREFIX[c]));
}

/**
 * The profile as stored: every ESCO occupation it codes must exist, and gets the code and
 * label ESCO has for it now (a later ESCO release does not rewrite history).
 */
export async function resolveOccupations(scope: Scope, input: ProfileSectionsInput): Promise<ProfileSections> {
  const refs = [
    ...input.workExperience.flatMap((w, i) => (w.occupation ? [{ uri: w.occupation.uri, path: `profile.workExperience.${i}.occupation.uri` }] : [])),
    ...input.aspirations.desiredJobs.map((j, i) => ({ uri: j.occupation.uri, path: `profile.aspirations.desiredJobs.${i}.occupation.uri` })),
  ];
  const known = await occupationsByUri(scope.db, refs.map((r) => r.uri));
  const unknown = refs.filter((r) => !known.has(r.uri));
  if (unknown.length > 0) throw new HttpProblem(400, 'validation', { errors: unknown.map((r) => ({ path: r.path, message: 'Not an ESCO occupation' })) });
  const ref = (uri: string) => known.get(uri)!;
  return {
    ...input,
    workExperience: input.workExperience.map((w) => ({ ...w, occupation: w.occupation ? ref(w.occupation.uri) : null })),
    aspirations: { ...input.aspirations, desiredJobs: input.aspirations.desiredJobs.map((j) => ({ ...j, occupation: ref(j.occupation.uri) })) },
  };
}
