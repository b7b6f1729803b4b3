import { ServedCountries } from '@harbour/contracts';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { holidayCalendar, NoHolidayCalendarError } from '../src';

const generator = path.resolve(__dirname, '../scripts/generate-holiday-calendars.js');

describe('holiday calendars', () => {
  it('are what the holiday library gives today (regenerate them when it changes)', () => {
    expect(() => execFileSync(process.execPath, [generator, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it.each(['BE', 'NL', 'GB', 'DE', 'FR', 'IT', 'ES', 'RO', 'PL'])('cover %s from 2025 to 2035 with its time zone', (country) => {
    const calendar = holidayCalendar(country);
    expect(calendar).toMatchObject({ country, firstYear: 2025, lastYear: 2035 });
    expect(calendar.timeZone).toMatch(/^Europe\//);
    for (let year = 2025; year <= 2035; year += 1) {
      expect(calendar.holidays.some((holiday) => holiday.date === `${year}-12-25`)).toBe(true);
    }
  });

  it('hold public holidays only: Belgian Easter Monday yes, Valentine’s Day no', () => {
    const dates = holidayCalendar('BE').holidays.map((holiday) => holiday.date);
    expect(dates).toContain('2026-04-06');
    expect(dates).not.toContain('2026-02-14');
  });

  it('refuse a country without a calendar', () => {
    expect(() => holidayCalendar('US')).toThrow(NoHolidayCalendarError);
  });
});

describe('served countries', () => {
  it('has a holiday calendar for every country Harbour accepts at its boundaries', () => {
    for (const country of ServedCountries) expect(() => holidayCalendar(country)).not.toThrow();
  });
});
