import { describe, expect, it } from 'vitest';
import type { Appointment, Engagement } from '../../../../common/schemas/clients.ts';
import { appointmentBody, appointmentField, draftOf, EMPTY_APPOINTMENT, parseParticipants } from './appointment.ts';
import { anyoneAgreed, contentOf, engagementIssues, isCalendarDate, isChanged, issueKind, normalise } from './engagement.ts';
import { noteIssues } from './notes.ts';

const engagement: Engagement = {
  firstContact: { channel: 'phone', date: '2025-01-10' },
  firstAppointment: { date: '2025-01-20', place: 'Bibliotheek Gent', placeChosenByClient: true, accessible: true, adjustmentsAgreed: '' },
  planningConversation: { date: null, notes: '' },
  supportNetwork: { notes: 'Zus Samira', involvementAgreed: false },
  decision: { choice: 'pending', date: null, notes: '' },
  dialogueReport: 'Verslag',
  agreements: { client: null, coach: { name: 'Jonas Peeters', at: '2025-01-21T10:00:00Z' } },
  updatedAt: '2025-01-21T09:00:00Z',
  version: 3,
};

describe('engagement', () => {
  it('edits the content without agreements and version', () => {
    const c = contentOf(engagement);
    expect(c).not.toHaveProperty('agreements');
    expect(c).not.toHaveProperty('version');
    expect(isChanged(c, engagement)).toBe(false);
  });

  it('sees a change, but not one of spaces or an emptied date', () => {
    const c = contentOf(engagement);
    expect(isChanged({ ...c, dialogueReport: 'Verslag  ' }, engagement)).toBe(false);
    expect(isChanged({ ...c, planningConversation: { date: '', notes: '' } } as never, engagement)).toBe(false);
    expect(isChanged({ ...c, dialogueReport: 'Ander verslag' }, engagement)).toBe(true);
    expect(isChanged({ ...c, firstAppointment: { ...c.firstAppointment, accessible: false } }, engagement)).toBe(true);
  });

  it('normalises texts and dates as the server stores them', () => {
    const n = normalise({ ...contentOf(engagement), dialogueReport: '  x  ', decision: { choice: 'start', date: '', notes: ' y ' } } as never);
    expect(n.dialogueReport).toBe('x');
    expect(n.decision).toEqual({ choice: 'start', date: null, notes: 'y' });
  });

  it('knows when someone agreed', () => {
    expect(anyoneAgreed(engagement)).toBe(true);
    expect(anyoneAgreed({ ...engagement, agreements: { client: null, coach: null } })).toBe(false);
  });

  it('finds bad dates and texts that are too long', () => {
    const c = contentOf(engagement);
    expect(engagementIssues(c)).toEqual([]);
    expect(engagementIssues({ ...c, firstContact: { channel: null, date: '2025-02-30' }, dialogueReport: 'x'.repeat(20001) })).toEqual([
      { path: 'firstContact.date', message: 'date' },
      { path: 'dialogueReport', message: 'tooLong' },
    ]);
    expect(issueKind('decision.date')).toBe('date');
    expect(issueKind('firstAppointment.place')).toBe('tooLong');
    expect(issueKind('decision.choice')).toBe('invalid');
  });

  it.each([['2024-02-29', true], ['2025-02-29', false], ['0000-01-01', false], ['2025-1-01', false], ['', false]])('isCalendarDate(%j) = %s', (d, ok) => {
    expect(isCalendarDate(d)).toBe(ok);
  });
});

describe('appointment form', () => {
  const good = { place: ' Kantoor Gent ', date: '2025-07-01', start: '10:00', end: '11:30', participants: 'Karim El Amrani\n\n Jonas Peeters ', notes: ' Meebrengen: cv ' };

  it('builds the body with Brussels offsets', () => {
    expect(appointmentBody(good)).toEqual({
      ok: true,
      body: {
        place: 'Kantoor Gent', startsAt: '2025-07-01T10:00:00+02:00', endsAt: '2025-07-01T11:30:00+02:00',
        participants: ['Karim El Amrani', 'Jonas Peeters'], notes: 'Meebrengen: cv',
      },
    });
    const winter = appointmentBody({ ...good, date: '2025-12-01' });
    expect(winter.ok && winter.body.startsAt).toBe('2025-12-01T10:00:00+01:00');
  });

  it('refuses an end before the start and names the field', () => {
    expect(appointmentBody({ ...good, start: '14:00', end: '13:00' })).toEqual({ ok: false, issues: [{ path: 'end', message: 'endBeforeStart' }] });
    expect(appointmentBody({ ...good, start: '14:00', end: '14:00' })).toEqual({ ok: false, issues: [{ path: 'end', message: 'endBeforeStart' }] });
  });

  it('spans the change to summer time correctly (01:30–03:30 is one hour)', () => {
    const r = appointmentBody({ ...good, date: '2025-03-30', start: '01:30', end: '03:30' });
    expect(r.ok && [r.body.startsAt, r.body.endsAt]).toEqual(['2025-03-30T01:30:00+01:00', '2025-03-30T03:30:00+02:00']);
    expect(r.ok && Date.parse(r.body.endsAt) - Date.parse(r.body.startsAt)).toBe(3_600_000);
    expect(appointmentBody({ ...good, date: '2025-03-30', start: '02:30', end: '04:00' })).toEqual({ ok: false, issues: [{ path: 'start', message: 'nonexistent' }] });
  });

  it('lists every problem of an empty form', () => {
    const r = appointmentBody(EMPTY_APPOINTMENT);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.message}`)).toEqual(['place:place', 'date:date', 'start:start', 'end:end']);
  });

  it('refuses more than 12 hours, too many participants and long notes', () => {
    expect(appointmentBody({ ...good, start: '07:00', end: '19:30' })).toEqual({ ok: false, issues: [{ path: 'end', message: 'tooLong' }] });
    const many = Array.from({ length: 21 }, (_, i) => `P${i}`).join('\n');
    expect(appointmentBody({ ...good, participants: many })).toEqual({ ok: false, issues: [{ path: 'participants', message: 'participants' }] });
    expect(appointmentBody({ ...good, notes: 'x'.repeat(4001) })).toEqual({ ok: false, issues: [{ path: 'notes', message: 'notes' }] });
  });

  it('reads participants per line or separated by semicolons', () => {
    expect(parseParticipants('a; b\n\nc ')).toEqual(['a', 'b', 'c']);
  });

  it('maps server paths to fields', () => {
    expect(appointmentField('startsAt')).toBe('start');
    expect(appointmentField('endsAt')).toBe('end');
    expect(appointmentField('participants.3')).toBe('participants');
    expect(appointmentField('other')).toBeUndefined();
  });

  it('shows a saved appointment in Brussels time', () => {
    const a = { place: 'Gent', startsAt: '2025-07-01T08:00:00Z', endsAt: '2025-07-01T09:00:00Z', participants: ['A', 'B'], notes: 'n' } as Appointment;
    expect(draftOf(a)).toEqual({ place: 'Gent', date: '2025-07-01', start: '10:00', end: '11:00', participants: 'A\nB', notes: 'n' });
  });
});

describe('contact note', () => {
  it('needs a date, a kind and a text', () => {
    expect(noteIssues({ date: '2025-03-04', kind: 'phone', text: 'Gebeld' })).toEqual([]);
    expect(noteIssues({ date: '', kind: '', text: '  ' }).map((i) => i.path)).toEqual(['date', 'kind', 'text']);
    expect(noteIssues({ date: '2025-03-04', kind: 'other', text: 'x'.repeat(10001) })).toEqual([{ path: 'text', message: 'tooLong' }]);
  });
});
