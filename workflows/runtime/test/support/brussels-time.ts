// Local Brussels time read through the platform's own time-zone database (ICU), independent of
// the offsets Harbour's calendars carry, to check due times the workflows compute.

const brussels = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  hourCycle: 'h23',
  weekday: 'long',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
});

/** e.g. `Tuesday 2027-03-30 23:59:59.999` */
export function inBrussels(instant: string | number): string {
  const parts = Object.fromEntries(brussels.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}.${parts.fractionalSecond}`;
}

/** The instant at which it is `hour`:00 in Brussels on a date. */
export function brusselsInstant(date: string, hour: number): number {
  for (const offsetHours of [1, 2]) {
    const instant = Date.parse(`${date}T00:00:00.000Z`) + (hour - offsetHours) * 3_600_000;
    if (inBrussels(instant).endsWith(`${date} ${String(hour).padStart(2, '0')}:00:00.000`)) return instant;
  }
  throw new Error(`no ${hour}:00 in Brussels on ${date}`);
}
