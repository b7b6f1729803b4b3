import type { ObligationView } from '@harbour/contracts/journey';
import {
  computeDueAt,
  computeReminderTimes,
  euBaseline,
  holidayCalendar,
  PeriodChoice,
  ResolvedRule,
  resolveRule,
  RuleId,
  withApplicablePeriod,
} from '@harbour/rules';

/** The rule pack journeys read. Moving to a new pack version needs `patched()` for running journeys. */
const journeyRulePack = euBaseline;

export interface Deadline {
  rule: ResolvedRule;
  openedAt: string;
  dueAt: string;
  /** When to remind before the due time, from the rule's reminders. */
  reminders: string[];
}

/**
 * The deadline of an obligation that a trigger at `openedAt` opens in that country. A rule whose
 * period is counted back from a future date (an order's end) takes that date as `dueFrom`; a child's
 * obligation, or one whose clock runs to a follow-up, takes that period of the rule.
 */
export function deadlineFor(ruleId: RuleId, country: string, openedAt: string, dueFrom = openedAt, period: PeriodChoice = {}): Deadline {
  const rule = withApplicablePeriod(resolveRule(journeyRulePack, country, ruleId), period);
  const calendar = holidayCalendar(rule.country);
  const dueAt = computeDueAt(rule, { trigger: dueFrom, country: rule.country, calendar });
  const reminders = computeReminderTimes(rule, { openedAt, dueAt, country: rule.country, calendar });
  return { rule, openedAt, dueAt, reminders };
}

/** The reminders of an obligation carried into a new run, recomputed from its rule and times. */
export function remindersStillToCome(obligation: ObligationView, country: string | undefined): string[] {
  if (!country) return [];
  const rule = resolveRule(journeyRulePack, country, obligation.ruleId as RuleId);
  const calendar = holidayCalendar(rule.country);
  const reminders = computeReminderTimes(rule, { openedAt: obligation.openedAt, dueAt: obligation.dueAt, country: rule.country, calendar });
  return reminders.filter((at) => !obligation.remindedAt?.includes(at));
}
