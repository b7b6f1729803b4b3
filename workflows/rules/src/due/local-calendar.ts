import { HolidayCalendar } from '../calendars/holiday-calendar';

const MINUTE = 60_000;
const DAY = 86_400_000;

export class OutsideCalendarError extends Error {
  constructor(calendar: HolidayCalendar, day: LocalDay) {
    super(
      `${dayKey(day)} is outside the ${calendar.region ?? calendar.country} holiday calendar (${calendar.firstYear}-01-01 to ${calendar.lastYear}-12-31)`,
    );
    this.name = 'OutsideCalendarError';
  }
}

/** A date in the country's own calendar, as a count of days since 1970-01-01. */
export type LocalDay = number;

function dayKey(day: LocalDay): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Calendar arithmetic in one country's local time, from the calendar's own offset table. */
export class LocalCalendar {
  private readonly offsets: { from: number; minutes: number }[];
  private readonly holidays: Set<string>;
  private readonly firstDay: LocalDay;
  private readonly lastDay: LocalDay;

  constructor(private readonly calendar: HolidayCalendar) {
    this.offsets = calendar.utcOffsets.map((offset) => ({ from: Date.parse(offset.from), minutes: offset.minutes }));
    this.holidays = new Set(calendar.holidays.map((holiday) => holiday.date));
    this.firstDay = Date.UTC(calendar.firstYear, 0, 1) / DAY;
    this.lastDay = Date.UTC(calendar.lastYear, 11, 31) / DAY;
  }

  dayOf(instant: number): LocalDay {
    return Math.floor((instant + this.offsetAt(instant) * MINUTE) / DAY);
  }

  /** The first working day on or after the day. */
  workingDayFrom(day: LocalDay): LocalDay {
    let working = day;
    while (!this.isWorkingDay(working)) working += 1;
    return working;
  }

  /** How many working days there are from the first day to the last, both included. */
  workingDaysBetween(first: LocalDay, last: LocalDay): number {
    let count = 0;
    for (let day = first; day <= last; day += 1) if (this.isWorkingDay(day)) count += 1;
    return count;
  }

  isWorkingDay(day: LocalDay): boolean {
    this.assertCovered(day);
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
    return !this.calendar.weekendDays.includes(weekday) && !this.holidays.has(dayKey(day));
  }

  /**
   * The last millisecond of the day, 23:59:59.999 local time, as a UTC instant. Outside the
   * calendar's years the nearest known offset applies: a period counted in calendar days, months
   * or years may end there (a time limit that ran out years ago), and an hour's doubt then is
   * harmless, where refusing would stall the journey.
   */
  endOf(day: LocalDay): number {
    const localEnd = (day + 1) * DAY - 1;
    // Local wall time to UTC: the offset in force at that moment, found from a first guess.
    const guess = localEnd - this.offsetAt(localEnd) * MINUTE;
    return localEnd - this.offsetAt(guess) * MINUTE;
  }

  private offsetAt(instant: number): number {
    let minutes = this.offsets[0].minutes;
    for (const offset of this.offsets) {
      if (offset.from > instant) break;
      minutes = offset.minutes;
    }
    return minutes;
  }

  private assertCovered(day: LocalDay): void {
    if (day < this.firstDay || day > this.lastDay) throw new OutsideCalendarError(this.calendar, day);
  }
}
