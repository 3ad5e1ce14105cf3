/**
 * The search form of a label or a query: compatibility-decomposed (NFKD: NFD, plus forms such
 * as the Dutch ĳ ligature becoming "ij"), combining marks stripped, lower-case, inner white
 * space collapsed. "Kassière" and "KASSIERE" both become "kassiere". Done here rather than
 * with PostgreSQL's unaccent, so no extension is needed.
 */
export function normaliseLabel(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
