import { HolidayCalendar } from '../calendars/holiday-calendar';
import { DueComputation, ObligationRule, Reminder } from '../rule';
import { LocalCalendar, LocalDay } from './local-calendar';

const HOUR = 3_600_000;
const DAY = 86_400_000;

export interface DueContext {
  /** When the trigger happened, or the future date a `before` period is counted back from. */
  trigger: string;
  /** ISO 3166-1 alpha-2 of the country whose calendar applies. */
  country: string;
  calendar: HolidayCalendar;
}

export class NotComputableError extends Error {
  constructor(rule: Pick<ObligationRule, 'id' | 'dueText'>) {
    super(`rule '${rule.id}' has no computable due time here (${rule.dueText}): a country pack must set it`);
    this.name = 'NotComputableError';
  }
}

export class InvalidTriggerError extends Error {
  constructor(trigger: string) {
    super(`trigger '${trigger}' is not a timestamp`);
    this.name = 'InvalidTriggerError';
  }
}

/**
 * Due times follow the counting of periods in Regulation (EEC, Euratom) No 1182/71, Art 3:
 * - hours run from the event, to the millisecond (as DEADLINES.md counts them);
 * - days, weeks, months and years: the day of the event is not counted (Art 3(1)); the period
 *   ends at the end of its last day, 23:59:59.999 in the country's local time (Art 3(2)(b)).
 *   Weeks end on the same weekday as the event, months and years on the same date, or on the
 *   month's last day where it has no such date (Art 3(2)(c));
 * - a last day that is a public holiday, Saturday or Sunday gives way to the next working day
 *   (Art 3(4)), and a period of two days or more holds at least two working days (Art 3(5));
 * - working days skip weekends and the calendar's public holidays, so a fact at 17:00 on a
 *   Friday in Brussels plus 1 working day is due by the end of Monday. Zero working days is the
 *   end of the event's day, or of the next working day when the event falls on a day off.
 * A period counted `before` a future date (a hearing, a departure, an order's end) ends at the end
 * of the day that many days earlier, unmoved: Art 3 extends periods that run from an event, and
 * moving a "before" limit later would leave less than the period before the date.
 */
export function computeDueAt(rule: Pick<ObligationRule, 'id' | 'due' | 'dueText'>, context: DueContext): string {
  if (!rule.due) throw new NotComputableError(rule);
  return periodEnd(rule.due, rule.due.before ? 'back' : 'forward', context);
}

/** When to remind, for each of the rule's reminders, given when the obligation opened and is due. */
export function computeReminderTimes(
  rule: Pick<ObligationRule, 'reminders'>,
  context: { openedAt: string; dueAt: string; country: string; calendar: HolidayCalendar },
): string[] {
  return rule.reminders.map((reminder: Reminder) => {
    if (reminder.at === 'before-due') return periodEnd(reminder.period, 'back', { ...context, trigger: context.dueAt });
    const openedAt = Date.parse(context.openedAt);
    return new Date(openedAt + (Date.parse(context.dueAt) - openedAt) / 2).toISOString();
  });
}

function periodEnd(period: DueComputation, direction: 'forward' | 'back', context: DueContext): string {
  if (context.calendar.country !== context.country.toUpperCase()) {
    throw new Error(`calendar of ${context.calendar.country} given for a deadline in ${context.country}`);
  }
  const trigger = Date.parse(context.trigger);
  if (Number.isNaN(trigger)) throw new InvalidTriggerError(context.trigger);
  const step = direction === 'forward' ? 1 : -1;
  if (period.unit === 'hours') return new Date(trigger + step * period.amount * HOUR).toISOString();

  const local = new LocalCalendar(context.calendar);
  const eventDay = local.dayOf(trigger);
  if (period.unit === 'working-days') return new Date(local.endOf(workingDaysAway(local, eventDay, step * period.amount))).toISOString();
  const lastDay = calendarPeriodLastDay(period, eventDay, step);
  if (direction === 'back') return new Date(local.endOf(lastDay)).toISOString();
  return new Date(local.endOf(extendedToWorkingDays(local, period, eventDay, lastDay))).toISOString();
}

function workingDaysAway(local: LocalCalendar, from: LocalDay, amount: number): LocalDay {
  if (amount === 0) return local.workingDayFrom(from);
  const step = Math.sign(amount);
  let day = from;
  for (let counted = 0; counted < Math.abs(amount); ) {
    day += step;
    if (local.isWorkingDay(day)) counted += 1;
  }
  return day;
}

/** The last day of a period in calendar days, weeks, months or years, before Art 3(4) and 3(5). */
function calendarPeriodLastDay(period: DueComputation, eventDay: LocalDay, step: 1 | -1): LocalDay {
  if (period.unit === 'calendar-days') return eventDay + step * period.amount;
  if (period.unit === 'weeks') return eventDay + step * 7 * period.amount;
  return sameDateMonthsAway(eventDay, step * period.amount * (period.unit === 'years' ? 12 : 1));
}

/** Art 3(4): a last day off gives way to the next working day; Art 3(5): two days or more hold two working days. */
function extendedToWorkingDays(local: LocalCalendar, period: DueComputation, eventDay: LocalDay, lastDay: LocalDay): LocalDay {
  let end = local.workingDayFrom(lastDay);
  const twoDaysOrMore = period.unit !== 'calendar-days' || period.amount >= 2;
  if (!twoDaysOrMore) return end;
  while (local.workingDaysBetween(eventDay + 1, end) < 2) end = local.workingDayFrom(end + 1);
  return end;
}

/** The day with the same date some months away, or the last day of that month where it has none. */
function sameDateMonthsAway(day: LocalDay, months: number): LocalDay {
  const date = new Date(day * DAY);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastOfMonth));
  return target.getTime() / DAY;
}
