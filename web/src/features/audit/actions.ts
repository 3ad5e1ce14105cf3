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
  'user.invitation_resent',
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
  // client dossiers: writes by the coaching team or the client, and reads by anyone outside the client's own coaches
  'client.created',
  'client.updated',
  'client.read',
  'client.assignments_changed',
  'client.portal_invited',
  'client.portal_invitation_resent',
  'client.support_contact_added',
  'client.support_contact_changed',
  'client.support_contact_removed',
  'client.phase_changed',
  'client.trajectory_closed',
  'client.trajectory_reopened',
  'client.engagement_saved',
  'client.engagement_agreed',
  'client.note_added',
  'client.note_changed',
  'client.appointment_added',
  'client.appointment_changed',
  'client.appointment_cancelled',
  'vocational_profile.saved',
  'capacity_profile.saved',
  'availability.saved',
  'action_plan.created',
  'action_plan.updated',
  'action_plan.agreed',
  'action_plan.evaluated',
  'consent.given',
  'consent.withdrawn',
  'employer.created',
  'employer.updated',
  'employer.site_added',
  'employer.site_changed',
  'employer.site_removed',
  'employer.contact_added',
  'employer.contact_changed',
  'employer.contact_removed',
  'employer.approach_logged',
  'employer.approach_changed',
  'vacancy.created',
  'vacancy.updated',
  'vacancy.job_analysis_saved',
  'vacancy.competence_profile_saved',
  'match_checklist.saved',
  'placement.created',
  'placement.updated',
  'placement.evaluation_created',
  'placement.evaluation_updated',
  'matching.weights_saved',
  'matching.weights_reset',
] as const;

/** Prefixes to filter on a kind of action ("user." matches every user action). */
export const ACTION_CATEGORIES = ['auth', 'user', 'account', 'branch', 'organisation', 'client', 'vocational_profile', 'capacity_profile', 'availability', 'action_plan', 'consent', 'employer', 'vacancy', 'match_checklist', 'placement', 'matching', 'demo'] as const;

export const KNOWN_ENTITIES = ['user', 'branch', 'organisation', 'client', 'action_plan', 'consent', 'employer', 'vacancy', 'placement'] as const;

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
