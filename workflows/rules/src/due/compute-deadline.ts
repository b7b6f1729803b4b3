import { holidayCalendar } from '../calendars/holiday-calendar';
import { ObligationRule } from '../rule';
import { computeDueAt, computeReminderTimes } from './compute-due-at';

/** Why a due time could not be computed, as a code an obligation can carry and operations can act on. */
export type UncomputableReason = 'date-outside-calendars' | 'no-holiday-calendar' | 'unknown-region' | 'invalid-date' | 'computation-failed';

export type ComputedDeadline =
  | { kind: 'due'; dueAt: string; reminders: string[] }
  /** The rule holds until a fact closes it (a flag), or only a country pack can set its figure. */
  | { kind: 'open-ended' }
  | { kind: 'uncomputable'; reason: UncomputableReason; detail: string };

export interface DeadlineRequest {
  openedAt: string;
  /** The date the period counts from or back from; the opening time where absent. */
  dueFrom?: string;
  /** ISO 3166-1 alpha-2 of the state whose calendar counts the period. */
  country: string;
  /** ISO 3166-2, where the state's regions keep their own holidays. */
  region?: string;
}

const reasonsByError: Record<string, UncomputableReason> = {
  OutsideCalendarError: 'date-outside-calendars',
  NoHolidayCalendarError: 'no-holiday-calendar',
  UnknownRegionError: 'unknown-region',
  InvalidTriggerError: 'invalid-date',
};

/**
 * The due time and reminders of an obligation, as a result rather than an exception: workflow code
 * calls this, and an error thrown there would fail the workflow task over and over, so that the
 * journey stopped taking facts. A date the calendars do not cover is refused at the boundaries;
 * one that still arrives (a national system's, a period that runs past the last year) comes back
 * as `uncomputable` with its reason, for the journey to record.
 */
export function computeDeadline(rule: Pick<ObligationRule, 'id' | 'due' | 'dueText' | 'reminders'>, request: DeadlineRequest): ComputedDeadline {
  if (!rule.due) return { kind: 'open-ended' };
  try {
    const calendar = holidayCalendar(request.country.toUpperCase(), request.region);
    const dueAt = computeDueAt(rule, { trigger: request.dueFrom ?? request.openedAt, country: request.country, calendar });
    const reminders = computeReminderTimes(rule, { openedAt: request.openedAt, dueAt, country: request.country, calendar });
    return { kind: 'due', dueAt, reminders };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return { kind: 'uncomputable', reason: reasonsByError[name] ?? 'computation-failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The reminders of an obligation already due at `dueAt`; none where they cannot be computed, never an error. */
export function computeRemindersSafely(
  rule: Pick<ObligationRule, 'reminders'>,
  request: { openedAt: string; dueAt: string; country: string; region?: string },
): string[] {
  try {
    const calendar = holidayCalendar(request.country.toUpperCase(), request.region);
    return computeReminderTimes(rule, { ...request, calendar });
  } catch {
    return [];
  }
}
