import { PHASES, type Phase } from '../../../../common/consent.ts';
import type { ActionPlan } from '../../../../common/schemas/action-plan.ts';
import type { Appointment, ClientDossier } from '../../../../common/schemas/clients.ts';
import { TRANSPORT_MODES, type VocationalProfile, type VocationalProfileInput } from '../../../../common/schemas/vocational-profile.ts';

/**
 * Where the client is on their way to work, for the overview: the step of the EUSE process
 * in plain words (messages `phase.<n>.name`), or why there is no step to show.
 */
export type PathState =
  | { kind: 'step'; phase: Phase }
  | { kind: 'closed' }
  | { kind: 'none' };

export function pathState(trajectory: ClientDossier['trajectory']): PathState {
  if (!trajectory) return { kind: 'none' };
  if (trajectory.status === 'closed') return { kind: 'closed' };
  const phase = PHASES.find((p) => p === trajectory.phase);
  return phase ? { kind: 'step', phase } : { kind: 'none' };
}

/** For each of the five steps: done, the current one, or still to come. */
export type StepState = 'done' | 'current' | 'later';
export function stepState(step: Phase, current: Phase): StepState {
  if (step < current) return 'done';
  return step === current ? 'current' : 'later';
}

/**
 * Upcoming appointments (earliest first) and past ones (latest first). An appointment counts
 * as upcoming until it has ended, so one going on right now is still "next".
 */
export function splitAppointments<A extends Pick<Appointment, 'startsAt' | 'endsAt'>>(items: readonly A[], now: Date): { upcoming: A[]; past: A[] } {
  const t = now.getTime();
  const upcoming = items.filter((a) => Date.parse(a.endsAt) > t).toSorted((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = items.filter((a) => Date.parse(a.endsAt) <= t).toSorted((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}

/** The appointment the client should know about first: the earliest one not yet over. */
export function nextAppointment<A extends Pick<Appointment, 'startsAt' | 'endsAt'>>(items: readonly A[], now: Date): A | null {
  return splitAppointments(items, now).upcoming[0] ?? null;
}

/**
 * What the newest version of the plan asks of the client:
 * - 'agree': it is ready and waits for their agreement (a follow-up date and at least one step,
 *   as the server requires before anyone agrees);
 * - 'draft': the coach is still writing it;
 * - 'coach': the client agreed, the coach has not yet;
 * - 'agreed': both agreed; 'none': there is no plan yet.
 */
export type PlanState = 'none' | 'draft' | 'agree' | 'coach' | 'agreed';
export function planState(newest: Pick<ActionPlan, 'status' | 'agreements' | 'followUpDate' | 'items'> | undefined): PlanState {
  if (!newest) return 'none';
  if (newest.status === 'agreed') return 'agreed';
  if (newest.agreements.client) return 'coach';
  if (newest.followUpDate === null || newest.items.length === 0) return 'draft';
  return 'agree';
}

/** The newest version: the server lists every version newest first, but do not rely on order alone. */
export function newestPlan<P extends Pick<ActionPlan, 'number'>>(plans: readonly P[]): P | undefined {
  return plans.reduce<P | undefined>((best, p) => (!best || p.number > best.number ? p : best), undefined);
}

/** The parts of the profile the client corrects in their own words, as the form holds them. */
export interface EasyProfileFields {
  hobbies: string;
  desiredTasks: string;
  hoursAndShifts: string;
  environment: string;
  /** Kilometres as typed; '' for "not filled in". */
  maxTravelKm: string;
  transport: string[];
  dailyLife: string;
  communication: string;
  social: string;
  weeklyRoutine: string;
}

export const EASY_TEXT_FIELDS = ['hobbies', 'desiredTasks', 'hoursAndShifts', 'environment', 'dailyLife', 'communication', 'social', 'weeklyRoutine'] as const;
export type EasyTextField = (typeof EASY_TEXT_FIELDS)[number];

/**
 * A profile the client may write back whole: the save replaces every category, so it is only
 * offered when this answer holds all three (the client's own always does).
 */
export function canWriteBack(p: Pick<VocationalProfile, 'profile' | 'health' | 'benefits'>): p is Required<Pick<VocationalProfile, 'profile' | 'health' | 'benefits'>> {
  return p.profile !== undefined && p.health !== undefined && p.benefits !== undefined;
}

export function easyFields(p: NonNullable<VocationalProfile['profile']>): EasyProfileFields {
  const a = p.aspirations;
  const c = p.competences;
  return {
    hobbies: p.hobbies,
    desiredTasks: a.desiredTasks,
    hoursAndShifts: a.hoursAndShifts,
    environment: a.environment,
    maxTravelKm: a.maxTravelKm === null ? '' : String(a.maxTravelKm),
    transport: [...a.transport],
    dailyLife: c.dailyLife,
    communication: c.communication,
    social: c.social,
    weeklyRoutine: c.weeklyRoutine,
  };
}

/** "12", " 12 " → 12; "" → null; anything else (letters, decimals, negative) → undefined. */
export function parseKm(value: string): number | null | undefined {
  const v = value.trim();
  if (v === '') return null;
  if (!/^\d{1,6}$/.test(v)) return undefined;
  return Number(v);
}

/**
 * The whole profile to save: the profile as it was loaded with only the client's fields
 * replaced, so everything else (the coach's rows, health, benefits) goes back unchanged.
 */
export function withEasyFields(
  base: Required<Pick<VocationalProfile, 'profile' | 'health' | 'benefits'>>,
  edit: EasyProfileFields,
  maxTravelKm: number | null,
): VocationalProfileInput {
  const p = base.profile;
  return {
    profile: {
      ...p,
      hobbies: edit.hobbies.trim(),
      aspirations: {
        ...p.aspirations,
        desiredTasks: edit.desiredTasks.trim(),
        hoursAndShifts: edit.hoursAndShifts.trim(),
        environment: edit.environment.trim(),
        maxTravelKm,
        transport: TRANSPORT_MODES.filter((m) => edit.transport.includes(m)),
      },
      competences: {
        ...p.competences,
        dailyLife: edit.dailyLife.trim(),
        communication: edit.communication.trim(),
        social: edit.social.trim(),
        weeklyRoutine: edit.weeklyRoutine.trim(),
      },
    },
    health: base.health,
    benefits: base.benefits,
  };
}

/** The fields whose saved value differs between two loads of the profile: what someone else changed meanwhile. */
export function changedFields(before: EasyProfileFields, after: EasyProfileFields): (keyof EasyProfileFields)[] {
  return (Object.keys(before) as (keyof EasyProfileFields)[]).filter((k) => {
    const a = before[k];
    const b = after[k];
    return Array.isArray(a) && Array.isArray(b) ? a.toSorted().join() !== b.toSorted().join() : a !== b;
  });
}

/**
 * After a 412: the form on top of the newer profile. A field the client did not touch takes
 * the newer value (`updated` when it changed); a field they did change keeps their text, and is
 * a `conflict` when someone else changed it too, so the form can show both.
 */
export function rebase(draft: EasyProfileFields, oldBase: EasyProfileFields, newBase: EasyProfileFields): {
  draft: EasyProfileFields; updated: (keyof EasyProfileFields)[]; conflicts: (keyof EasyProfileFields)[];
} {
  const touched = new Set(changedFields(oldBase, draft));
  const differs = new Set(changedFields(draft, newBase));
  const changed = changedFields(oldBase, newBase);
  const next: EasyProfileFields = { ...draft };
  const take = <K extends keyof EasyProfileFields>(f: K) => { next[f] = newBase[f]; };
  for (const f of changed) if (!touched.has(f)) take(f);
  return {
    draft: next,
    updated: changed.filter((f) => !touched.has(f)),
    conflicts: changed.filter((f) => touched.has(f) && differs.has(f)),
  };
}
