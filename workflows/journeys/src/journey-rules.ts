import { computeDueAt, computeReminderTimes, euBaseline, holidayCalendar, ResolvedRule, resolveRule, RuleId } from '@harbour/rules';

/** The rule pack journeys read. Moving to a new pack version needs `patched()` for running journeys. */
const journeyRulePack = euBaseline;

export interface Deadline {
  rule: ResolvedRule;
  openedAt: string;
  dueAt: string;
  /** When to remind before the due time, from the rule's reminders. */
  reminders: string[];
}

/** The deadline of an obligation that a trigger at `openedAt` opens in that country. */
export function deadlineFor(ruleId: RuleId, country: string, openedAt: string): Deadline {
  const rule = resolveRule(journeyRulePack, country, ruleId);
  const calendar = holidayCalendar(rule.country);
  const dueAt = computeDueAt(rule, { trigger: openedAt, country: rule.country, calendar });
  const reminders = computeReminderTimes(rule, { openedAt, dueAt, country: rule.country, calendar });
  return { rule, openedAt, dueAt, reminders };
}
