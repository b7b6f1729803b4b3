import { holidayCalendar } from '@harbour/rules';

/**
 * `YYYY-MM-DD` of the first day from `date` on that is neither a weekend nor one of the country's
 * public holidays: where a period in days, months or years ends (Regulation 1182/71 Art 3(4)).
 */
export function firstWorkingDayFrom(date: string, country: string): string {
  const holidays = new Set(holidayCalendar(country).holidays.map((holiday) => holiday.date));
  for (let day = new Date(`${date}T12:00:00.000Z`); ; day = new Date(day.getTime() + 86_400_000)) {
    const key = day.toISOString().slice(0, 10);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !holidays.has(key)) return key;
  }
}
