import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Locale } from '../../../../common/roles.ts';
import type { Appointment } from '../../../../common/schemas/clients.ts';

/** Appointments are in Flanders and the Netherlands: both on Brussels/Amsterdam time (CET/CEST). */
export const CALENDAR_TIME_ZONE = 'Europe/Brussels';

const TEXTS: Record<Locale, { summary: (client: string) => string; participants: string }> = {
  'nl-BE': { summary: (client) => `Afspraak met ${client}`, participants: 'Deelnemers' },
  'nl-NL': { summary: (client) => `Afspraak met ${client}`, participants: 'Deelnemers' },
  en: { summary: (client) => `Appointment with ${client}`, participants: 'Participants' },
};

/**
 * One appointment as an iCalendar file (RFC 5545), with its times in Europe/Brussels and the
 * matching VTIMEZONE. The UID stays the same and SEQUENCE follows the version, so importing
 * a changed appointment again updates the calendar entry instead of adding a second one.
 */
export function appointmentCalendar(a: Appointment, clientName: string, locale: Locale): string {
  const t = TEXTS[locale];
  const calendar = new ICalCalendar({ prodId: { company: 'Passend', product: 'Passend', language: locale.slice(0, 2).toUpperCase() } });
  // No calendar-wide zone: DTSTAMP stays in UTC; the event's zone brings its VTIMEZONE.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  const inZone = (iso: string) => DateTime.fromISO(iso, { zone: CALENDAR_TIME_ZONE });
  const description = [a.notes, a.participants.length > 0 ? `${t.participants}: ${a.participants.join(', ')}` : ''].filter(Boolean).join('\n\n');
  calendar.createEvent({
    id: `${a.id}@passend`,
    sequence: a.version - 1,
    stamp: new Date(a.updatedAt),
    start: inZone(a.startsAt),
    end: inZone(a.endsAt),
    timezone: CALENDAR_TIME_ZONE,
    summary: t.summary(clientName),
    location: a.place,
    description: description || null,
  });
  return calendar.toString();
}

/** `afspraak-YYYYMMDD.ics`, with the day as it is in Brussels. */
export function calendarFileName(a: Appointment): string {
  return `afspraak-${DateTime.fromISO(a.startsAt, { zone: CALENDAR_TIME_ZONE }).toFormat('yyyyLLdd')}.ics`;
}
