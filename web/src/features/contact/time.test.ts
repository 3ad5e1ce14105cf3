import { describe, expect, it } from 'vitest';
import { formatAppointmentTime, formatCalendarDate, isoToLocal, localToIso, splitAppointments, zoneOffsetMinutes } from './time.ts';

describe('localToIso (Europe/Brussels)', () => {
  it.each([
    // winter time (CET, +01:00) and summer time (CEST, +02:00)
    ['2025-01-15', '09:30', '2025-01-15T09:30:00+01:00'],
    ['2025-07-01', '14:00', '2025-07-01T14:00:00+02:00'],
    ['2024-02-29', '00:00', '2024-02-29T00:00:00+01:00'],
    ['2025-12-31', '23:59', '2025-12-31T23:59:00+01:00'],
    // clocks go forward on Sunday 30 March 2025 at 02:00 → 03:00
    ['2025-03-30', '01:59', '2025-03-30T01:59:00+01:00'],
    ['2025-03-30', '03:00', '2025-03-30T03:00:00+02:00'],
    ['2025-03-29', '12:00', '2025-03-29T12:00:00+01:00'],
    ['2025-03-31', '12:00', '2025-03-31T12:00:00+02:00'],
    // clocks go back on Sunday 26 October 2025 at 03:00 → 02:00: 02:30 happens twice, the first is taken
    ['2025-10-26', '01:30', '2025-10-26T01:30:00+02:00'],
    ['2025-10-26', '02:30', '2025-10-26T02:30:00+02:00'],
    ['2025-10-26', '03:00', '2025-10-26T03:00:00+01:00'],
    ['2025-10-25', '23:00', '2025-10-25T23:00:00+02:00'],
  ])('%s %s → %s', (date, time, iso) => {
    expect(localToIso(date, time)).toEqual({ ok: true, iso });
  });

  it('gives the right instant, whatever zone the computer is in', () => {
    const r = localToIso('2025-07-01', '14:00');
    expect(r.ok && new Date(r.iso).toISOString()).toBe('2025-07-01T12:00:00.000Z');
    const w = localToIso('2025-01-15', '09:30');
    expect(w.ok && new Date(w.iso).toISOString()).toBe('2025-01-15T08:30:00.000Z');
  });

  it('refuses a time skipped when the clocks go forward', () => {
    expect(localToIso('2025-03-30', '02:00')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(localToIso('2025-03-30', '02:30')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(localToIso('2026-03-29', '02:15')).toEqual({ ok: false, reason: 'nonexistent' });
  });

  it.each([
    ['', '10:00'], ['2025-03-04', ''], ['2025-02-30', '10:00'], ['2025-13-01', '10:00'], ['04/03/2025', '10:00'],
    ['2025-03-04', '24:00'], ['2025-03-04', '10:60'], ['2025-03-04', '9:00'], ['0000-01-01', '10:00'],
  ])('refuses %j %j', (date, time) => {
    expect(localToIso(date, time)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('works for another zone too', () => {
    expect(localToIso('2025-07-01', '09:00', 'America/New_York')).toEqual({ ok: true, iso: '2025-07-01T09:00:00-04:00' });
    expect(localToIso('2025-07-01', '09:00', 'UTC')).toEqual({ ok: true, iso: '2025-07-01T09:00:00+00:00' });
  });
});

describe('isoToLocal', () => {
  it.each([
    ['2025-01-15T08:30:00Z', '2025-01-15', '09:30'],
    ['2025-07-01T12:00:00.000Z', '2025-07-01', '14:00'],
    ['2025-07-01T14:00:00+02:00', '2025-07-01', '14:00'],
    ['2025-12-31T23:30:00Z', '2026-01-01', '00:30'],
    ['2025-10-26T00:30:00Z', '2025-10-26', '02:30'],
    ['2025-10-26T01:30:00Z', '2025-10-26', '02:30'],
  ])('%s → %s %s', (iso, date, time) => {
    expect(isoToLocal(iso)).toEqual({ date, time });
  });

  it('round-trips with localToIso', () => {
    for (const [date, time] of [['2025-03-30', '03:15'], ['2025-10-26', '02:45'], ['2025-06-15', '00:00']] as const) {
      const r = localToIso(date, time);
      expect(r.ok && isoToLocal(r.iso)).toEqual({ date, time });
    }
  });
});

describe('zoneOffsetMinutes', () => {
  it('is 60 in winter and 120 in summer', () => {
    expect(zoneOffsetMinutes(Date.parse('2025-01-01T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2025-08-01T12:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2025-03-30T00:59:59Z'))).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2025-03-30T01:00:00Z'))).toBe(120);
  });
});

describe('formatting', () => {
  it('shows an appointment in Brussels time in the interface language', () => {
    expect(formatAppointmentTime('2025-03-04T09:00:00Z', '2025-03-04T10:30:00Z', 'nl-BE')).toBe('dinsdag 4 maart 2025, 10:00–11:30');
    expect(formatAppointmentTime('2025-03-04T09:00:00Z', '2025-03-04T10:30:00Z', 'en')).toMatch(/^Tuesday,? 4 March 2025, 10:00–11:30$/);
  });

  it('shows both days when an appointment ends on another day', () => {
    expect(formatAppointmentTime('2025-03-04T21:00:00Z', '2025-03-04T23:30:00Z', 'nl-NL')).toBe('dinsdag 4 maart 2025, 22:00 – woensdag 5 maart 2025, 00:30');
  });

  it('shows a calendar date without shifting it', () => {
    expect(formatCalendarDate('2025-03-04', 'nl-BE')).toBe('4 maart 2025');
    expect(formatCalendarDate('2025-03-04', 'en')).toBe('4 March 2025');
    expect(formatCalendarDate('not a date', 'en')).toBe('not a date');
  });
});

const a = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });

describe('splitAppointments', () => {
  it('puts ended ones in the past and sorts both earliest first', () => {
    const now = Date.parse('2025-03-04T12:00:00Z');
    const items = [
      a('later', '2025-03-10T09:00:00Z', '2025-03-10T10:00:00Z'),
      a('old', '2025-03-01T09:00:00Z', '2025-03-01T10:00:00Z'),
      a('running', '2025-03-04T11:00:00Z', '2025-03-04T13:00:00Z'),
      a('older', '2025-02-01T09:00:00Z', '2025-02-01T10:00:00Z'),
      a('soon', '2025-03-05T09:00:00+01:00', '2025-03-05T10:00:00+01:00'),
    ];
    const { upcoming, past } = splitAppointments(items, now);
    expect(upcoming.map((x) => x.id)).toEqual(['running', 'soon', 'later']);
    expect(past.map((x) => x.id)).toEqual(['older', 'old']);
  });
});
