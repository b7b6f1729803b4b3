import { holidayCalendar } from '@harbour/rules';

export const DAY_MS = 86_400_000;

/** The IANA zone of a country, from the same calendar its working days are counted in. */
export function timeZoneOf(country: string): string {
  return holidayCalendar(country).timeZone;
}

function localParts(instant: number, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
}

/** e.g. `Tue 2027-03-02 10:30`, as a caseworker in that country reads the clock. */
export function formatLocal(instant: string | number, timeZone: string): string {
  const parts = localParts(typeof instant === 'number' ? instant : Date.parse(instant), timeZone);
  return `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = localParts(instant, timeZone);
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant of `time` (HH:MM) on the local date `days` after the local date of `from`.
 * The offset is read twice because the first guess may sit on the other side of a clock change.
 */
export function localInstant(from: number, days: number, time: string, timeZone: string): number {
  const start = localParts(from, timeZone);
  const [hours, minutes] = time.split(':').map(Number);
  const wallClock = Date.UTC(+start.year, +start.month - 1, +start.day + days, hours, minutes);
  const guess = wallClock - offsetMinutes(wallClock, timeZone) * 60_000;
  return wallClock - offsetMinutes(guess, timeZone) * 60_000;
}

/** Which day of the scenario `instant` falls on: local dates counted from the local date of `from`. */
export function localDay(from: number, instant: number, timeZone: string): number {
  const date = (at: number) => {
    const parts = localParts(at, timeZone);
    return Date.UTC(+parts.year, +parts.month - 1, +parts.day);
  };
  return Math.round((date(instant) - date(from)) / DAY_MS);
}
