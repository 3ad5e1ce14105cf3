import { checkPlacementDates, firstEvaluationDue, type PlacementKind, type PlacementProblem, type PlacementStatus } from '../../../../common/placements.ts';
import { PlacementEvaluationInput, type Placement, type PlacementEvaluation, type PlacementInput } from '../../../../common/schemas/placements.ts';
import { clientGrant, isAuditedRead, readClient, type ClientGrant } from '../../access/clients.ts';
import type { Scope, Trx } from '../../access/scope.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { addEvent, currentTrajectory, updateTrajectory } from '../trajectory/trajectory.queries.ts';
import { ownEmployerSite } from '../vacancies/vacancies.queries.ts';
import { fillVacancy, hasEvaluation, insertEvaluation, ownVacancyEmployer, type EvaluationRow, type PlacementRow } from './placements.queries.ts';

const iso = (d: Date | string) => new Date(d).toISOString();
const num = (v: string | null) => (v === null ? null : Number(v));

/** The phase a paid job brings the trajectory to: 5, job retention and support (EUSE). */
export const PAID_JOB_PHASE = 5;

/**
 * Placements are the client's coaching team's business: the assigned coaches and their team
 * leads. Anyone else (a consent recipient, a linked employer, the client's own account) gets
 * 404, as if there were nothing. Reads by a team lead are audited like every read of a dossier.
 */
export async function coachingTeam(scope: Scope, clientId: string, mode: 'read' | 'write'): Promise<ClientGrant> {
  const grant = await clientGrant(scope.db, scope.me, clientId);
  if (!grant || (grant.relation !== 'coach' && grant.relation !== 'team_lead')) throw notFound();
  if (mode === 'read' && isAuditedRead(grant)) await readClient(scope, clientId, ['action_plan']);
  return grant;
}

export function toEvaluation(row: EvaluationRow): PlacementEvaluation {
  return {
    id: row.id, placementId: row.placement_id, dueOn: row.due_on, heldOn: row.held_on, outcome: row.outcome as PlacementEvaluation['outcome'],
    clientView: row.client_view, employerView: row.employer_view, coachView: row.coach_view, nextSteps: row.next_steps, participants: row.participants,
    automatic: row.automatic, version: row.version, updatedAt: iso(row.updated_at),
    updatedBy: row.updated_by && row.by_name !== null ? { id: row.updated_by, name: row.by_name } : null,
  };
}

/** Warnings are computed on every read, so a rule that changes applies to old placements too. */
export const placementWarnings = (row: Pick<PlacementRow, 'kind' | 'start_date' | 'end_date' | 'extension_reason'>) =>
  checkPlacementDates({ kind: row.kind as PlacementKind, startDate: row.start_date, endDate: row.end_date, extensionReason: row.extension_reason }).warnings;

export function toPlacement(row: PlacementRow, evaluations: readonly EvaluationRow[]): Placement {
  return {
    id: row.id,
    client: { id: row.client_id, name: `${row.given_name} ${row.family_name}` },
    employer: { id: row.employer_id, name: row.employer_name },
    site: row.site_id && row.site_name !== null ? { id: row.site_id, name: row.site_name } : null,
    vacancy: row.vacancy_id && row.vacancy_title !== null ? { id: row.vacancy_id, title: row.vacancy_title } : null,
    kind: row.kind as PlacementKind,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    hoursPerWeek: num(row.hours_per_week),
    extensionReason: row.extension_reason,
    status: row.status as PlacementStatus,
    agreement: { goal: '', support: '', responsibilities: '', limits: '', insurance: '', reporting: '', evaluation: '', ...row.agreement },
    securing: row.securing as Placement['securing'],
    warnings: placementWarnings(row),
    evaluations: evaluations.filter((e) => e.placement_id === row.id).map(toEvaluation),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}

const PROBLEM_FIELDS: Record<PlacementProblem, { path: string; message: string }> = {
  end_date_required: { path: 'endDate', message: 'An end date is required for a job taster, work experience placement or exploratory internship' },
  end_before_start: { path: 'endDate', message: 'The end date is before the start date' },
  taster_too_long: { path: 'endDate', message: 'A job taster lasts at most 5 working days (one week)' },
  reason_required: { path: 'extensionReason', message: 'A work experience placement longer than 12 weeks needs a reason' },
};

/**
 * The input against the rules and the organisation's records: employer, site and vacancy are
 * its own and belong together; the dates follow common/placements.ts; securing the job is for
 * a paid job only. Every problem is a 400 with the field it is about.
 */
export async function checkPlacementInput(scope: Scope, input: PlacementInput): Promise<void> {
  const { employer, site } = await ownEmployerSite(scope.db, scope.organisationId, input.employerId, input.siteId);
  const errors: { path: string; message: string }[] = [];
  if (!employer) errors.push({ path: 'employerId', message: 'Not an employer of your organisation' });
  else if (!site) errors.push({ path: 'siteId', message: 'Not a site of this employer' });
  if (input.vacancyId !== null) {
    const vacancy = await ownVacancyEmployer(scope.db, scope.organisationId, input.vacancyId);
    if (!vacancy) errors.push({ path: 'vacancyId', message: 'Not a vacancy of your organisation' });
    else if (vacancy.employer_id !== input.employerId) errors.push({ path: 'vacancyId', message: 'This vacancy is at another employer' });
  }
  for (const problem of checkPlacementDates(input).problems) errors.push(PROBLEM_FIELDS[problem]);
  if (input.securing !== null && input.kind !== 'paid_job') errors.push({ path: 'securing', message: 'Securing the job is agreed for a paid job only' });
  if (errors.length > 0) throw new HttpProblem(400, 'validation', { errors });
}

/** A paid job that is planned or under way: the client has a job. */
export const securesJob = (input: Pick<PlacementInput, 'kind' | 'status'>) => input.kind === 'paid_job' && (input.status === 'planned' || input.status === 'ongoing');

/**
 * What a paid job sets in motion, in the transaction that records it: the open trajectory moves
 * to phase 5 (an event says why, audited like a phase change by hand), the first evaluation is
 * planned a month after the start, and the vacancy it fills is filled. Answers whether the
 * phase moved.
 */
export async function onPaidJob(
  scope: Scope, trx: Trx, audit: Parameters<Parameters<Scope['transaction']>[0]>[1],
  p: { id: string; clientId: string; title: string; employerName: string; startDate: string; vacancyId: string | null },
): Promise<boolean> {
  let phaseChanged = false;
  const trajectory = await currentTrajectory(trx, p.clientId, true);
  if (trajectory && trajectory.status === 'open' && trajectory.phase < PAID_JOB_PHASE) {
    if (!(await updateTrajectory(trx, trajectory.id, trajectory.version, { phase: PAID_JOB_PHASE }))) throw new HttpProblem(409, 'conflict');
    const reason = `Betaalde job: ${p.title} bij ${p.employerName}`;
    await addEvent(trx, trajectory.organisation_id, trajectory.id, { kind: 'phase_changed', fromPhase: trajectory.phase, toPhase: PAID_JOB_PHASE, reason, byUserId: scope.me.userId });
    await audit({
      action: 'client.phase_changed', entity: 'client', entityId: p.clientId,
      details: { trajectoryId: trajectory.id, from: trajectory.phase, to: PAID_JOB_PHASE, placementId: p.id },
    });
    phaseChanged = true;
  }
  if (!(await hasEvaluation(trx, p.id))) {
    const first = await insertEvaluation(
      trx, { organisationId: scope.organisationId, placementId: p.id, clientId: p.clientId },
      PlacementEvaluationInput.parse({ dueOn: firstEvaluationDue(p.startDate) }), { userId: null, automatic: true },
    );
    await audit({ action: 'placement.evaluation_created', entity: 'placement', entityId: p.id, details: { evaluationId: first.id, automatic: true, clientId: p.clientId } });
  }
  if (p.vacancyId !== null && (await fillVacancy(trx, scope.organisationId, p.vacancyId))) {
    await audit({ action: 'vacancy.updated', entity: 'vacancy', entityId: p.vacancyId, details: { status: 'filled', placementId: p.id } });
  }
  return phaseChanged;
}
