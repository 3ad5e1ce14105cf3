/**
 * Appointments are made in Belgian time (the contact feature plans them in Europe/Brussels;
 * the Netherlands has the same clock), so the portal shows them in that zone as well: the
 * client reads the same hour as the coach, whatever their phone is set to.
 */
export const PORTAL_TIME_ZONE = 'Europe/Brussels';

/**
 * An appointment in words: the day ("dinsdag 4 maart 2025") and the hours ("10:00 – 11:00").
 * One ending on another day names both days in `time`.
 */
export function appointmentWhen(startsAt: string, endsAt: string, locale: string, timeZone = PORTAL_TIME_ZONE): { day: string; time: string } {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  const day = dayFormat.format(start);
  const endDay = dayFormat.format(end);
  const time = endDay === day
    ? `${timeFormat.format(start)} – ${timeFormat.format(end)}`
    : `${timeFormat.format(start)} – ${endDay} ${timeFormat.format(end)}`;
  return { day, time };
}

/** A moment (a save, an agreement) as "12 maart 2025, 10:15" in the browser's own zone. */
export function moment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** A calendar day ("2025-03-04") as "4 maart 2025", without any shift by time zone. */
export function calendarDay(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
