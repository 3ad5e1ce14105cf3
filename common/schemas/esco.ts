import { z } from 'zod';

/** ESCO occupation URIs: the stable key (ESCO codes are not unique). */
export const ESCO_OCCUPATION_URI_PREFIX = 'http://data.europa.eu/esco/occupation/';
export const EscoOccupationUri = z
  .string()
  .max(200)
  .regex(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/, 'Not an ESCO occupation URI');

/** How many search results one request may ask for. */
export const ESCO_SEARCH_MAX = 50;

export const EscoSearchQuery = z.object({
  q: z.string().trim().min(1).max(100).describe('Words of a preferred or alternative label; accents and case are ignored'),
  limit: z.coerce.number().int().min(1).max(ESCO_SEARCH_MAX).default(20),
});

export const IscoGroupRef = z.object({ code: z.string(), label: z.string() }).meta({ id: 'IscoGroupRef' });

export const EscoSearchHit = z
  .object({
    uri: z.string(),
    code: z.string(),
    preferredLabel: z.string(),
    matchedAltLabel: z.string().nullable().describe('The alternative label that matched, when the preferred label did not'),
    isco: IscoGroupRef,
  })
  .meta({ id: 'EscoSearchHit' });
export const EscoSearchResult = z.object({ items: z.array(EscoSearchHit) }).meta({ id: 'EscoSearchResult' });

export const EscoCodeParam = z.object({
  code: z
    .string()
    .regex(/^(\d{1,4}(\.\d{1,3}){0,6}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, 'An ESCO code (2654.1.7) or an occupation id')
    .describe('An ESCO code, or the id at the end of the occupation URI (codes are not always unique)'),
});

export const EscoOccupation = z
  .object({
    uri: z.string(),
    code: z.string(),
    preferredLabel: z.string(),
    altLabels: z.array(z.string()),
    description: z.string(),
    isco: IscoGroupRef,
  })
  .meta({ id: 'EscoOccupation' });
export type EscoOccupation = z.infer<typeof EscoOccupation>;
