import type { ClientListItem } from '../../../../common/schemas/clients.ts';

/** Which clients of the caseload to show: those I coach, my team's (as team lead), or all. */
export const RELATION_FILTERS = ['all', 'mine', 'team'] as const;
export type RelationFilter = (typeof RELATION_FILTERS)[number];
export const STATUS_FILTERS = ['all', 'open', 'closed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface CaseloadFilter {
  text: string;
  relation: RelationFilter;
  status: StatusFilter;
}

/** Lower case without accents, so "celine" finds "Céline" and "el amrani" finds "El Amrani". */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}

/** "Karim El Amrani", or '' when the name is not shared with the reader. */
export function listName(item: Pick<ClientListItem, 'givenName' | 'familyName'>): string {
  return [item.givenName, item.familyName].filter(Boolean).join(' ');
}

/**
 * The caseload rows matching the filter: every word of the text in the name (given name,
 * family name, in any order), the relation (mine = I am one of the coaches, team = a client
 * of my team's coaches that I see as team lead) and the trajectory status.
 */
export function filterCaseload<T extends ClientListItem>(items: readonly T[], filter: CaseloadFilter): T[] {
  const words = foldForSearch(filter.text).split(' ').filter(Boolean);
  return items.filter((item) => {
    if (filter.relation === 'mine' && item.relation !== 'coach') return false;
    if (filter.relation === 'team' && item.relation !== 'team_lead') return false;
    if (filter.status !== 'all' && item.status !== filter.status) return false;
    if (words.length === 0) return true;
    const name = foldForSearch(listName(item));
    return words.every((w) => name.includes(w));
  });
}

/** Reads a filter from the address (?q=&who=&status=), ignoring values it does not know. */
export function filterFromParams(params: URLSearchParams): CaseloadFilter {
  const who = params.get('who');
  const status = params.get('status');
  return {
    text: params.get('q') ?? '',
    relation: (RELATION_FILTERS as readonly string[]).includes(who ?? '') ? (who as RelationFilter) : 'all',
    status: (STATUS_FILTERS as readonly string[]).includes(status ?? '') ? (status as StatusFilter) : 'all',
  };
}

/** The address form of a filter; defaults are left out so a plain /clients shows everything. */
export function filterToParams(filter: CaseloadFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.text) params.set('q', filter.text);
  if (filter.relation !== 'all') params.set('who', filter.relation);
  if (filter.status !== 'all') params.set('status', filter.status);
  return params;
}
