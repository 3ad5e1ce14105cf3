import { ABILITIES, type Ability } from '../../../common/roles.ts';
import { hasRole, isStaff, type Actor } from './actor.ts';

/**
 * Every action a route can perform, with who may perform it. A route names one of these;
 * an action that is not declared here cannot be named, and a route without one fails the
 * build (see policies.test.ts). Record-level rules (which organisation, which client) are
 * where-clauses in the scope, not here.
 */
export const POLICIES = {
  /** Anyone, signed in or not: health, sign-in, password reset, invitations. */
  public: () => true,
  'account.read': () => true,
  'account.update': () => true,
  'colleagues.read': isStaff,
  'branches.read': isStaff,
  'branches.manage': hasRole('org_admin'),
  'users.manage': hasRole('org_admin'),
  'audit.read': hasRole('org_admin'),
} as const satisfies Record<string, (a: Actor) => boolean>;

export type Action = keyof typeof POLICIES;

/** Actions that do not need a session. */
const ANONYMOUS: ReadonlySet<Action> = new Set(['public']);

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

/** The one question every route asks: may this actor (or nobody) perform this action? */
export function decide(actor: Actor | undefined, action: Action): Decision {
  if (ANONYMOUS.has(action)) return 'allow';
  if (!actor) return 'unauthenticated';
  return POLICIES[action](actor) ? 'allow' : 'forbidden';
}

/** The abilities sent to the web app, computed here so the UI never re-derives them. */
export function abilitiesOf(actor: Actor): Ability[] {
  return ABILITIES.filter((ability) => POLICIES[ability](actor));
}
