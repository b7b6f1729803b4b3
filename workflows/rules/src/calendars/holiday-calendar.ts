import { CalendarData } from './calendar-data';

/** A country's public holidays and time zone, generated from a maintained holiday library. */
export interface HolidayCalendar {
  format: 1;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** IANA time zone in which the country's working days begin and end. */
  timeZone: string;
  /** Where the holidays come from, with the library version: the calendar's version. */
  source: string;
  firstYear: number;
  lastYear: number;
  /** Days of the week that are never working days (0 = Sunday). */
  weekendDays: number[];
  /** The zone's UTC offset from each instant on, so no time-zone database is needed at run time. */
  utcOffsets: { from: string; minutes: number }[];
  holidays: { date: string; name: string }[];
}

export class NoHolidayCalendarError extends Error {
  constructor(country: string) {
    super(`no holiday calendar for country '${country}': add it to workflows/rules/scripts/generate-holiday-calendars.js`);
    this.name = 'NoHolidayCalendarError';
  }
}

export function holidayCalendar(country: string): HolidayCalendar {
  const calendar = CalendarData[country];
  if (!calendar) throw new NoHolidayCalendarError(country);
  return calendar;
}

