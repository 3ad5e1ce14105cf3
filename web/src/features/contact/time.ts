/**
 * Appointments are typed as a local date and time in Belgium and sent as an ISO instant with
 * its offset (+01:00 in winter, +02:00 in summer). The browser's own zone is not used: a coach
 * on a laptop set to another zone still plans a meeting in Brussels.
 */
export const APPOINTMENT_TIME_ZONE = 'Europe/Brussels';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsFormatters.set(zone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a zone. */
function wallClock(ms: number, zone: string) {
  const parts = Object.fromEntries(partsFormatter(zone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** Minutes the zone is ahead of UTC at an instant (60 for CET, 120 for CEST). */
export function zoneOffsetMinutes(ms: number, zone = APPOINTMENT_TIME_ZONE): number {
  const w = wallClock(ms, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export type LocalTimeResult = { ok: true; iso: string } | { ok: false; reason: 'invalid' | 'nonexistent' };

/**
 * "2025-03-04" + "10:00" in Brussels → "2025-03-04T10:00:00+01:00".
 * A time skipped when the clocks go forward (e.g. 02:30 on the last Sunday of March) does not
 * exist and is refused; a time that happens twice when the clocks go back is the first one
 * (summer time), as a person reading their agenda would expect.
 */
export function localToIso(date: string, time: string, zone = APPOINTMENT_TIME_ZONE): LocalTimeResult {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return { ok: false, reason: 'invalid' };
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (year < 1 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return { ok: false, reason: 'invalid' };
  // The offsets the zone uses around this day; an offset fits when the instant it gives is
  // shown in the zone with that same offset.
  const offsets = new Set([zoneOffsetMinutes(wall - 86_400_000, zone), zoneOffsetMinutes(wall, zone), zoneOffsetMinutes(wall + 86_400_000, zone)]);
  const fits = [...offsets]
    .map((offset) => ({ offset, instant: wall - offset * 60_000 }))
    .filter(({ offset, instant }) => zoneOffsetMinutes(instant, zone) === offset)
    .toSorted((a, b) => a.instant - b.instant);
  const first = fits[0];
  if (!first) return { ok: false, reason: 'nonexistent' };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${formatOffset(first.offset)}` };
}

/** An ISO instant → the date and time fields a person sees in Brussels ("2025-03-04", "10:00"). */
export function isoToLocal(iso: string, zone = APPOINTMENT_TIME_ZONE): { date: string; time: string } {
  const w = wallClock(Date.parse(iso), zone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** Interface language → the locale for Intl (English dates in the European order). */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/**
 * "dinsdag 4 maart 2025, 10:00–11:30" (Brussels time). An appointment that ends on another
 * day shows both dates.
 */
export function formatAppointmentTime(startsAt: string, endsAt: string, language: string, zone = APPOINTMENT_TIME_ZONE): string {
  const locale = intlLocale(language);
  const day = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const clock = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (isoToLocal(startsAt, zone).date === isoToLocal(endsAt, zone).date) {
    return `${day.format(start)}, ${clock.format(start)}–${clock.format(end)}`;
  }
  return `${day.format(start)}, ${clock.format(start)} – ${day.format(end)}, ${clock.format(end)}`;
}

/** A calendar date "2025-03-04" → "4 maart 2025", without shifting the day by the zone. */
export function formatCalendarDate(date: string, language: string): string {
  const m = DATE.exec(date);
  if (!m) return date;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** A moment (e.g. when someone agreed) → "4 maart 2025 om 10:00" in Brussels. */
export function formatMoment(iso: string, language: string, zone = APPOINTMENT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(new Date(iso));
}

/** Upcoming appointments are those not yet ended at `now`; both lists earliest first. */
export function splitAppointments<T extends { startsAt: string; endsAt: string }>(items: readonly T[], now: number): { upcoming: T[]; past: T[] } {
  const sorted = items.toSorted((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return { upcoming: sorted.filter((a) => Date.parse(a.endsAt) > now), past: sorted.filter((a) => Date.parse(a.endsAt) <= now) };
}
