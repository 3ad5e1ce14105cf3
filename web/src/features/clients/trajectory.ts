import { PHASES, type Phase } from '../../../../common/consent.ts';
import type { Appointment, Trajectory } from '../../../../common/schemas/clients.ts';

export const isPhase = (n: unknown): n is Phase => typeof n === 'number' && (PHASES as readonly number[]).includes(n);

/**
 * When the trajectory entered its current phase: the latest event that moved it there
 * (opened, phase change or reopened), else when it opened.
 */
export function phaseSince(trajectory: Pick<Trajectory, 'phase' | 'openedAt' | 'events'>): string {
  const entered = trajectory.events
    .filter((e) => e.kind !== 'closed' && e.toPhase === trajectory.phase)
    .toSorted((a, b) => b.at.localeCompare(a.at))[0];
  return entered?.at ?? trajectory.openedAt;
}

/** Events oldest first, as a timeline reads. */
export function timeline(trajectory: Pick<Trajectory, 'events'>): Trajectory['events'] {
  return trajectory.events.toSorted((a, b) => a.at.localeCompare(b.at));
}

/** Appointments that have not ended yet, soonest first, at most `limit`. */
export function upcoming(appointments: readonly Appointment[], now: Date, limit = 3): Appointment[] {
  return appointments
    .filter((a) => Date.parse(a.endsAt) >= now.getTime())
    .toSorted((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .slice(0, limit);
}

/** Closing as "referred" needs where to, "stopped" needs why (TrajectoryClose in common/schemas/clients.ts). */
export function closeDetailRequired(outcome: string): boolean {
  return outcome === 'referred' || outcome === 'stopped';
}
