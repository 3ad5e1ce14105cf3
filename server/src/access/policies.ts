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
  /** Which client and which consents: readClient decides per record (recipients name a purpose). */
  'consents.read': (a: Actor) => a.roles.length > 0,
  /** Record or withdraw a consent: the client's coaching team, or the client in the portal; writeClient decides per client. */
  'consents.give': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a) || hasRole('client')(a),
  /** The access log and the export are the client's and their coaches' only; readClient decides per client. */
  'clients.access_log': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a) || hasRole('client')(a),
  'clients.export': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a) || hasRole('client')(a),
  /** ESCO occupations: reference data for anyone with a role (staff and clients). */
  'esco.read': (a: Actor) => a.roles.length > 0,
  /** A client's vocational profile: readClient decides per client and per category (recipients name a purpose). */
  'vocational_profile.read': (a: Actor) => a.roles.length > 0,
  /** Save it: the client's coaching team, or the client, who owns it; writeClient decides per client. */
  'vocational_profile.update': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a) || hasRole('client')(a),
  /** Caseload and dossier: visibleClients/readClient decide per client and category (recipients name a purpose). */
  'clients.read': (a: Actor) => a.roles.length > 0,
  /** Take on a new client, who becomes the creator's: coaches (team leads coach too). */
  'clients.create': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a),
  /** Change a dossier (identity, support network, trajectory, engagement, notes, appointments): writeClient decides per client. */
  'clients.update': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a),
  /** Agree to the report of the initial dialogue: the coach, or the client themself; writeClient decides per client. */
  'clients.agree': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a) || hasRole('client')(a),
  /** Action plans and their PDFs: readClient decides per client (recipients name a purpose). */
  'action_plans.read': (a: Actor) => a.roles.length > 0,
  /** Draft, change and evaluate a plan: the client's coaching team; writeClient decides per client. */
  'action_plans.write': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a),
  /** Agree to a version: the client themself, or their coaching team as SE-dienstverlener. */
  'action_plans.agree': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a) || hasRole('client')(a),
  /** Employer records, their sites, contacts and the approach log: the coaching organisation's staff (their own records); employer organisations read what is linked to them. */
  'employers.read': isStaff,
  'employers.write': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a),
  /** Vacancies, job analyses and the job's competence profile: written by coaches; read by staff (employers: their own, linked vacancies). */
  'vacancies.read': isStaff,
  'vacancies.write': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a),
  /** A client's capacity profile and availability (vocational_profile category): readClient decides per client (recipients name a purpose). */
  'capacity.read': (a: Actor) => a.roles.length > 0,
  /** Score it with the client, or change the availability: the client's coaching team; writeClient decides per client. */
  'capacity.update': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a),
  /**
   * Rankings: the coaching team ranks the clients they coach, and vacancies for them; employers
   * and intermediaries rank only clients whose consent allows proposing them (job_finding).
   */
  'matching.read': isStaff,
  /** The job-match checklist per proposed match: the client's coaching team; writeClient decides per client. */
  'matching.write': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a),
  /** A coaching organisation's matching weights: its admin and team leads set them (everyone ranking sees them). */
  'matching.weights': (a: Actor) => a.organisationKind === 'coaching' && (hasRole('org_admin')(a) || hasRole('team_lead')(a)),
  /** Placements, their agreements, securing the job and evaluations: the client's coaching team; readClient/writeClient decide per client. */
  'placements.read': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a),
  'placements.write': (a: Actor) => hasRole('coach')(a) || hasRole('team_lead')(a),
  /** Clients shared with you by consent, read for a purpose: employers and partner intermediaries (the nav's "shared clients"). */
  'clients.shared': (a: Actor) => hasRole('hr_officer')(a) || hasRole('supervisor')(a) || hasRole('intermediary_coach')(a),
  /** The client portal: your own dossier, plan, consents and access log. */
  'portal.use': hasRole('client'),
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
