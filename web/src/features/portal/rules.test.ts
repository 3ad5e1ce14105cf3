import { describe, expect, it } from 'vitest';
import { ProfileSections, type VocationalProfile } from '../../../../common/schemas/vocational-profile.ts';
import { appointmentWhen, calendarDay } from './format.ts';
import {
  canWriteBack, changedFields, easyFields, newestPlan, nextAppointment, parseKm, pathState, planState, rebase, splitAppointments,
  stepState, withEasyFields,
} from './rules.ts';

const trajectory = (phase: number, status: 'open' | 'closed' = 'open') => ({
  id: '00000000-0000-4000-8000-000000000001', phase, status, outcome: null, outcomeDetail: '', openedAt: '2025-01-01T00:00:00Z',
  closedAt: null, version: 1, events: [], earlier: [],
});

describe('pathState: the step of the way to work', () => {
  it.each([
    [null, { kind: 'none' }],
    [undefined, { kind: 'none' }],
    [trajectory(1), { kind: 'step', phase: 1 }],
    [trajectory(2), { kind: 'step', phase: 2 }],
    [trajectory(5), { kind: 'step', phase: 5 }],
    [trajectory(3, 'closed'), { kind: 'closed' }],
    [trajectory(9), { kind: 'none' }],
  ])('%o → %o', (t, expected) => {
    expect(pathState(t)).toEqual(expected);
  });

  it('marks the steps before, at and after the current one', () => {
    expect([1, 2, 3, 4, 5].map((s) => stepState(s as 1, 2))).toEqual(['done', 'current', 'later', 'later', 'later']);
  });
});

const a = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });

describe('appointments: next, upcoming and past', () => {
  const now = new Date('2025-03-04T10:30:00Z');
  const past = a('past', '2025-03-01T09:00:00Z', '2025-03-01T10:00:00Z');
  const ongoing = a('ongoing', '2025-03-04T10:00:00Z', '2025-03-04T11:00:00Z');
  const later = a('later', '2025-03-10T09:00:00Z', '2025-03-10T10:00:00Z');
  const soon = a('soon', '2025-03-05T09:00:00Z', '2025-03-05T10:00:00Z');
  const justEnded = a('ended', '2025-03-04T09:30:00Z', '2025-03-04T10:30:00Z');

  it('picks the earliest one that has not ended, whatever the order given', () => {
    expect(nextAppointment([later, soon, past], now)?.id).toBe('soon');
    expect(nextAppointment([later, ongoing, soon], now)?.id).toBe('ongoing');
  });
  it('has none when all are over, or there are none', () => {
    expect(nextAppointment([past, justEnded], now)).toBeNull();
    expect(nextAppointment([], now)).toBeNull();
  });
  it('lists upcoming earliest first and past latest first', () => {
    const { upcoming, past: gone } = splitAppointments([past, later, justEnded, ongoing, soon], now);
    expect(upcoming.map((x) => x.id)).toEqual(['ongoing', 'soon', 'later']);
    expect(gone.map((x) => x.id)).toEqual(['ended', 'past']);
  });
});

describe('planState: what the newest plan asks of the client', () => {
  const agreement = { name: 'Karim', at: '2025-03-01T10:00:00Z', by: '00000000-0000-4000-8000-000000000002', signed: false };
  const item = { id: '00000000-0000-4000-8000-000000000003', what: 'CV', how: '', who: { role: 'client' as const, name: '' }, when: '', results: '', status: 'open' as const };
  const plan = (over: Partial<Parameters<typeof planState>[0] & object> = {}) => ({
    status: 'draft' as const, followUpDate: '2025-04-01', items: [item], agreements: { client: null, coach: null }, ...over,
  });
  it.each([
    ['no plan', undefined, 'none'],
    ['ready draft', plan(), 'agree'],
    ['ready draft the coach agreed to', plan({ agreements: { client: null, coach: agreement } }), 'agree'],
    ['draft without follow-up date', plan({ followUpDate: null }), 'draft'],
    ['draft without items', plan({ items: [] }), 'draft'],
    ['client agreed, coach not yet', plan({ agreements: { client: agreement, coach: null } }), 'coach'],
    ['agreed by both', plan({ status: 'agreed', agreements: { client: agreement, coach: agreement } }), 'agreed'],
  ] as const)('%s → %s', (_label, p, expected) => {
    expect(planState(p)).toBe(expected);
  });

  it('newestPlan takes the highest number', () => {
    expect(newestPlan([{ number: 1 }, { number: 3 }, { number: 2 }])?.number).toBe(3);
    expect(newestPlan([])).toBeUndefined();
  });
});

describe('the client’s own corrections to the profile', () => {
  const profile = ProfileSections.parse({
    hobbies: 'Zaalvoetbal',
    workExperience: [{ employer: 'Bakkerij', jobTitle: 'Hulp', from: '2019', to: '2020' }],
    aspirations: { desiredTasks: 'Rekken vullen', maxTravelKm: 15, transport: ['bicycle'], idealCareer: 'Magazijn' },
    competences: { dailyLife: 'Kookt zelf', additionalInformation: 'Alleen voor de coach' },
  });
  const loaded = {
    clientId: '00000000-0000-4000-8000-000000000009', version: 4, updatedAt: null, updatedBy: null,
    categories: ['vocational_profile', 'health', 'benefits'],
    profile,
    health: { description: 'Autisme', impactOnWork: '', additionalSupport: '' },
    benefits: { rows: [{ kind: 'Inkomensvervangende tegemoetkoming', amount: 1000, frequency: 'monthly' }] },
  } satisfies VocationalProfile;

  it('writes back only when all three categories are there (a save replaces each whole)', () => {
    expect(canWriteBack(loaded)).toBe(true);
    expect(canWriteBack({ ...loaded, health: undefined })).toBe(false);
    expect(canWriteBack({ ...loaded, profile: undefined })).toBe(false);
  });

  it('changes the client’s fields and keeps everything else as it was', () => {
    const edit = { ...easyFields(profile), hobbies: '  Fietsen  ', transport: ['walking', 'bicycle'], maxTravelKm: '20' };
    const out = withEasyFields(loaded, edit, 20);
    expect(out.profile.hobbies).toBe('Fietsen');
    expect(out.profile.aspirations.maxTravelKm).toBe(20);
    expect(out.profile.aspirations.transport).toEqual(['walking', 'bicycle']);
    expect(out.profile.aspirations.idealCareer).toBe('Magazijn');
    expect(out.profile.competences.additionalInformation).toBe('Alleen voor de coach');
    expect(out.profile.workExperience).toEqual(profile.workExperience);
    expect(out.health).toEqual(loaded.health);
    expect(out.benefits).toEqual(loaded.benefits);
  });

  it('names the fields someone else changed meanwhile', () => {
    const before = easyFields(profile);
    expect(changedFields(before, { ...before })).toEqual([]);
    expect(changedFields(before, { ...before, hobbies: 'Koken', transport: ['car'] })).toEqual(['hobbies', 'transport']);
    expect(changedFields({ ...before, transport: ['car', 'bicycle'] }, { ...before, transport: ['bicycle', 'car'] })).toEqual([]);
  });

  it('after a 412 keeps what the client typed and takes the newer text where they typed nothing', () => {
    const old = easyFields(profile);
    const mine = { ...old, hobbies: 'Tekenen', maxTravelKm: '12', social: 'Rustig' };
    const theirs = { ...old, hobbies: 'Koken', environment: 'Buiten', social: 'Rustig' };
    const out = rebase(mine, old, theirs);
    expect(out.draft).toEqual({ ...old, hobbies: 'Tekenen', maxTravelKm: '12', environment: 'Buiten', social: 'Rustig' });
    expect(out.updated).toEqual(['environment']);
    // Both wrote the hobbies: a conflict. Both wrote the same social text: nothing to check.
    expect(out.conflicts).toEqual(['hobbies']);
    expect(rebase(mine, old, old)).toEqual({ draft: mine, updated: [], conflicts: [] });
  });

  it.each([
    ['', null], ['  ', null], ['15', 15], [' 7 ', 7], ['0', 0], ['1,5', undefined], ['-3', undefined], ['tien', undefined], ['12km', undefined],
  ])('parseKm(%o) → %o', (input, expected) => {
    expect(parseKm(input)).toBe(expected);
  });
});

describe('dates in words', () => {
  it('says an appointment in Belgian time, the hours on the same day', () => {
    expect(appointmentWhen('2025-03-04T09:00:00Z', '2025-03-04T10:30:00Z', 'nl-BE')).toEqual({ day: 'dinsdag 4 maart 2025', time: '10:00 – 11:30' });
    // Summer time: +02:00.
    expect(appointmentWhen('2025-07-01T07:00:00Z', '2025-07-01T08:00:00Z', 'en').time).toBe('09:00 – 10:00');
  });
  it('names the end day when an appointment ends on another day', () => {
    expect(appointmentWhen('2025-03-04T22:00:00Z', '2025-03-05T01:00:00Z', 'nl-BE').time).toBe('23:00 – woensdag 5 maart 2025 02:00');
  });
  it('reads a plan date as a calendar day', () => {
    expect(calendarDay('2025-03-04', 'nl-BE')).toBe('4 maart 2025');
    expect(calendarDay('not a date', 'nl-BE')).toBe('not a date');
  });
});
