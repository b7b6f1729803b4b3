import { ValidateBy, ValidationOptions } from 'class-validator';
import { CalendarYears } from './calendar-years';

const firstCovered = Date.UTC(CalendarYears.first, 0, 1);
const afterLastCovered = Date.UTC(CalendarYears.last + 1, 0, 1);

/** Whether a date falls within the years Harbour's holiday calendars cover; what is not a date is left to `@IsISO8601`. */
export function isWithinCalendarYears(value: unknown): boolean {
  if (typeof value !== 'string') return true;
  const instant = Date.parse(value);
  return Number.isNaN(instant) || (instant >= firstCovered && instant < afterLastCovered);
}

/**
 * A date that feeds an obligation's clock must be one the holiday calendars cover: beyond them no
 * working day can be counted, so the date is refused where it enters Harbour, naming the range.
 */
export function IsWithinCalendarYears(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isWithinCalendarYears',
      validator: {
        validate: isWithinCalendarYears,
        defaultMessage: (args) =>
          `${args?.property} must fall from ${CalendarYears.first}-01-01 to ${CalendarYears.last}-12-31, the years Harbour's holiday calendars cover`,
      },
    },
    options,
  );
}
