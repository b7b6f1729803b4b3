import { CalendarData } from './calendar-data';

type Holiday = { date: string; name: string };

/** A region's difference from its country's list: the holidays it adds and the national ones it does not keep. */
export interface RegionalHolidays {
  name: string;
  holidays: Holiday[];
  notHolidays: string[];
}

/** A country's public holidays and time zone, generated from a maintained holiday library. */
export interface HolidayCalendar {
  format: 1;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 3166-2 (`DE-BY`) when the holidays are a region's; absent for the national list. */
  region?: string;
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
  holidays: Holiday[];
  /** Where the country's regions keep their own holidays (German Länder, Spanish communities, Swiss cantons, UK nations), by ISO 3166-2 code. */
  regions?: Record<string, RegionalHolidays>;
}

export class NoHolidayCalendarError extends Error {
  constructor(country: string) {
    super(`no holiday calendar for country '${country}': add it to workflows/rules/scripts/generate-holiday-calendars.js`);
    this.name = 'NoHolidayCalendarError';
  }
}

export class UnknownRegionError extends Error {
  constructor(country: string, region: string) {
    super(`'${region}' is not a region of ${country} with its own holiday calendar`);
    this.name = 'UnknownRegionError';
  }
}

const regionalCalendars = new Map<string, HolidayCalendar>();

/**
 * The calendar a period is counted in: the country's, or its region's (ISO 3166-2, e.g. `DE-BY`)
 * where the country's regions keep their own holidays. A region of a country whose holidays are
 * all national changes nothing; an unknown region of a country that has them is refused.
 */
export function holidayCalendar(country: string, region?: string): HolidayCalendar {
  const calendar = CalendarData[country];
  if (!calendar) throw new NoHolidayCalendarError(country);
  if (region === undefined || !calendar.regions) return calendar;
  const code = region.toUpperCase();
  const known = regionalCalendars.get(code);
  if (known) return known;
  const regional = calendar.regions[code];
  if (!regional) throw new UnknownRegionError(country, region);
  const dropped = new Set(regional.notHolidays);
  const holidays = [...calendar.holidays.filter((holiday) => !dropped.has(holiday.date)), ...regional.holidays].sort((a, b) => a.date.localeCompare(b.date));
  const { regions: _regions, ...national } = calendar;
  const merged: HolidayCalendar = { ...national, region: code, holidays };
  regionalCalendars.set(code, merged);
  return merged;
}

/** The ISO 3166-2 codes of a country's regions that keep their own holidays; empty where all are national. */
export function holidayRegions(country: string): string[] {
  return Object.keys(holidayCalendar(country).regions ?? {});
}
