import { HolidayCalendar } from '../calendars/holiday-calendar';
import { DueComputation, ObligationRule, Reminder } from '../rule';
import { LocalCalendar, LocalDay } from './local-calendar';

const HOUR = 3_600_000;

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

/**
 * Due times follow the counting of periods in Regulation (EEC, Euratom) No 1182/71, Art 3:
 * - hours: exactly that many hours after the trigger;
 * - calendar days and working days: the day of the trigger is not counted; the period ends
 *   at the end of its last day, 23:59:59.999 in the country's local time. Months and years end
 *   at the end of the day with the trigger's date in the last month, or of that month's last
 *   day where it has no such date (Art 3(2)(c)). Working days skip
 *   weekends and the country's public holidays, so a fact at 17:00 on a Friday in Brussels
 *   plus 1 working day is due by the end of Monday (of Tuesday if Monday is a holiday).
 * A period counted `before` a future date ends at the end of the day that many days earlier.
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
  if (Number.isNaN(trigger)) throw new Error(`trigger '${context.trigger}' is not a timestamp`);
  const step = direction === 'forward' ? 1 : -1;
  if (period.unit === 'hours') return new Date(trigger + step * period.amount * HOUR).toISOString();

  const local = new LocalCalendar(context.calendar);
  let day: LocalDay = local.dayOf(trigger);
  if (period.unit === 'calendar-days') {
    day += step * period.amount;
  } else if (period.unit === 'months' || period.unit === 'years') {
    day = sameDateMonthsAway(day, step * period.amount * (period.unit === 'years' ? 12 : 1));
  } else {
    for (let counted = 0; counted < period.amount; ) {
      day += step;
      if (local.isWorkingDay(day)) counted += 1;
    }
  }
  return new Date(local.endOf(day)).toISOString();
}

const DAY = 86_400_000;

/** The day with the same date some months away, or the last day of that month where it has none. */
function sameDateMonthsAway(day: LocalDay, months: number): LocalDay {
  const date = new Date(day * DAY);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastOfMonth));
  return target.getTime() / DAY;
}
