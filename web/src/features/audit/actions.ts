/**
 * The audit actions the server records today, with a readable label in the catalogue under
 * `actions.<code>`. Codes not listed here are shown as they are.
 */
export const KNOWN_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_reset_requested',
  'auth.password_reset',
  'user.invited',
  'user.invitation_accepted',
  'user.roles_changed',
  'user.deactivated',
  'user.reactivated',
  'organisation.created',
  'account.updated',
  'account.password_changed',
  'branch.created',
  'branch.updated',
  'demo.seeded',
] as const;

/** Prefixes to filter on a kind of action ("user." matches every user action). */
export const ACTION_CATEGORIES = ['auth', 'user', 'account', 'branch', 'organisation', 'demo'] as const;

export const KNOWN_ENTITIES = ['user', 'branch', 'organisation'] as const;

const known = new Set<string>(KNOWN_ACTIONS);
export const isKnownAction = (code: string) => known.has(code);
export const isKnownEntity = (entity: string) => (KNOWN_ENTITIES as readonly string[]).includes(entity);
export const isCategoryPrefix = (value: string) => ACTION_CATEGORIES.some((c) => `${c}.` === value);

/** The filters of the audit log as they stand in the page address. */
export interface AuditFilters {
  actor: string;
  action: string;
  entity: string;
  from: string;
  to: string;
}

export const FILTER_KEYS = ['actor', 'action', 'entity', 'from', 'to'] as const;

export function filtersFrom(params: URLSearchParams): AuditFilters {
  return {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    entity: params.get('entity') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

export function filtersToParams(f: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (f[key]) params.set(key, f[key]);
  return params;
}

export const hasFilters = (f: AuditFilters) => FILTER_KEYS.some((k) => f[k] !== '');
