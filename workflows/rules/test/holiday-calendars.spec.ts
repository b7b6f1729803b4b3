import { CalendarRegions, CalendarYears, ServedCountries } from '@harbour/contracts';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { holidayCalendar, holidayRegions, NoHolidayCalendarError, UnknownRegionError } from '../src';

const generator = path.resolve(__dirname, '../scripts/generate-holiday-calendars.js');

describe('holiday calendars', () => {
  it('are what the holiday library gives today (regenerate them when it changes)', () => {
    expect(() => execFileSync(process.execPath, [generator, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it.each(['BE', 'NL', 'GB', 'DE', 'FR', 'IT', 'ES', 'RO', 'PL'])('cover %s over the years the boundaries accept, with its time zone', (country) => {
    const calendar = holidayCalendar(country);
    expect(calendar).toMatchObject({ country, firstYear: CalendarYears.first, lastYear: CalendarYears.last });
    expect(CalendarYears).toEqual({ first: 2020, last: 2040 });
    expect(calendar.timeZone).toMatch(/^Europe\//);
    for (let year = CalendarYears.first; year <= CalendarYears.last; year += 1) {
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

describe('regional holiday calendars', () => {
  const dates = (country: string, region?: string) => holidayCalendar(country, region).holidays.map((holiday) => holiday.date);

  it('hold every German Land, Spanish community, Swiss canton and UK nation by its ISO 3166-2 code', () => {
    expect(holidayRegions('DE')).toHaveLength(16);
    expect(holidayRegions('ES')).toHaveLength(19);
    expect(holidayRegions('CH')).toHaveLength(26);
    expect(holidayRegions('GB')).toEqual(['GB-ENG', 'GB-NIR', 'GB-SCT', 'GB-WLS']);
    expect(holidayRegions('BE')).toEqual([]);
  });

  it("add the region's own days to the national ones: Corpus Christi in Bavaria, not in Berlin", () => {
    expect(dates('DE', 'DE-BY')).toContain('2026-06-04');
    expect(dates('DE', 'DE-BE')).not.toContain('2026-06-04');
    expect(dates('DE')).not.toContain('2026-06-04');
    expect(dates('DE', 'DE-BY')).toContain('2026-12-25');
  });

  it("give England and Wales the Summer bank holiday at the end of August, Scotland its own at the start, and no Easter Monday", () => {
    expect(dates('GB', 'GB-ENG')).toContain('2026-08-31');
    expect(dates('GB', 'GB-WLS')).toContain('2026-08-31');
    expect(dates('GB', 'GB-SCT')).toEqual(expect.arrayContaining(['2026-08-03', '2026-11-30', '2026-01-02']));
    expect(dates('GB', 'GB-SCT')).not.toContain('2026-04-06');
    expect(dates('GB', 'GB-NIR')).toContain('2026-03-17');
  });

  it('keep Catalonia’s Sant Joan and Geneva’s Jeûne genevois', () => {
    expect(dates('ES', 'ES-CT')).toContain('2026-06-24');
    expect(dates('ES', 'ES-MD')).not.toContain('2026-06-24');
    expect(dates('CH', 'CH-GE')).toContain('2026-09-10');
  });

  it('name the region they count for, and leave a country whose holidays are all national as it is', () => {
    expect(holidayCalendar('DE', 'de-by')).toMatchObject({ country: 'DE', region: 'DE-BY' });
    expect(holidayCalendar('BE', 'BE-VLG')).toBe(holidayCalendar('BE'));
  });

  it('refuse a region the country does not have', () => {
    expect(() => holidayCalendar('DE', 'DE-XX')).toThrow(UnknownRegionError);
  });
});

describe('served countries', () => {
  it('has a holiday calendar for every country Harbour accepts at its boundaries', () => {
    for (const country of ServedCountries) expect(() => holidayCalendar(country)).not.toThrow();
  });

  it('accepts at the boundaries exactly the regions whose holidays the calendars hold', () => {
    for (const country of ServedCountries) expect(CalendarRegions[country] ?? []).toEqual(holidayRegions(country));
  });
});
