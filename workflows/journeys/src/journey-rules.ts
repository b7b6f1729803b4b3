import type { ObligationView } from '@harbour/contracts/journey';
import {
  computeDueAt,
  computeReminderTimes,
  EscalationAction,
  euBaseline,
  holidayCalendar,
  latestCountryPackVersion,
  PeriodChoice,
  ResolvedRule,
  resolveRule,
  RuleId,
  withApplicablePeriod,
} from '@harbour/rules';

/** The rule pack journeys read. Moving to a new pack version needs `patched()` for running journeys. */
const journeyRulePack = euBaseline;

/** A journey's country and the version of that country's pack it keeps; 0 where it follows the baseline alone. */
export interface CountryRules {
  country: string;
  countryPackVersion: number;
  /** The region whose calendar counts, once the calendars hold regions (ISO 3166-2). */
  region?: string;
}

/** The newest rules of a country, for a journey that starts now. */
export function newestCountryRules(country: string): CountryRules {
  return { country, countryPackVersion: latestCountryPackVersion(journeyRulePack, country) ?? 0 };
}

/** What journeys that began before they kept a pack version were started with. */
const countryPacksBeforePinning: Record<string, number> = { BE: 1 };

export function countryRulesBeforePinning(country: string): CountryRules {
  return { country, countryPackVersion: countryPacksBeforePinning[country.toUpperCase()] ?? 0 };
}

/** The pack as the journey's state names it, e.g. `{ countryPack: 'be@2' }`. */
export function countryPackOf(rules: CountryRules | undefined): { countryPack?: string } {
  return rules?.countryPackVersion ? { countryPack: `${rules.country.toLowerCase()}@${rules.countryPackVersion}` } : {};
}

function ruleFor(ruleId: RuleId, rules: CountryRules): ResolvedRule {
  return resolveRule(journeyRulePack, rules.country, ruleId, rules.countryPackVersion || undefined);
}

export interface Deadline {
  rule: ResolvedRule;
  openedAt: string;
  /** Absent where the obligation holds until a fact closes it, or only a country pack can set the figure. */
  dueAt?: string;
  /** When to remind before the due time, from the rule's reminders. */
  reminders: string[];
}

/**
 * The deadline of an obligation that a trigger at `openedAt` opens in that country. A rule whose
 * period is counted back from a future date (an order's end) takes that date as `dueFrom`; a child's
 * obligation, or one whose clock runs to a follow-up, takes that period of the rule.
 */
export function deadlineFor(ruleId: RuleId, rules: CountryRules, openedAt: string, dueFrom = openedAt, period: PeriodChoice = {}): Deadline {
  const rule = withApplicablePeriod(ruleFor(ruleId, rules), period);
  if (!rule.due) return { rule, openedAt, reminders: [] };
  const calendar = holidayCalendar(rule.country);
  const dueAt = computeDueAt(rule, { trigger: dueFrom, country: rule.country, calendar });
  const reminders = computeReminderTimes(rule, { openedAt, dueAt, country: rule.country, calendar });
  return { rule, openedAt, dueAt, reminders };
}

/** The end of the given day of a period opened at `openedAt` (calendar days, as Regulation 1182/71 counts them). */
export function reviewTime(rules: CountryRules, ruleId: RuleId, openedAt: string, day: number): string {
  const rule = ruleFor(ruleId, rules);
  const due = { unit: 'calendar-days', amount: day } as const;
  return computeDueAt({ id: rule.id, due, dueText: `review on day ${day}` }, { trigger: openedAt, country: rule.country, calendar: holidayCalendar(rule.country) });
}

/** The reminders of an obligation carried into a new run, recomputed from its rule and times. */
export function remindersStillToCome(obligation: ObligationView, rules: CountryRules | undefined): string[] {
  if (!rules || !obligation.dueAt) return [];
  const rule = ruleFor(obligation.ruleId as RuleId, rules);
  const calendar = holidayCalendar(rule.country);
  const reminders = computeReminderTimes(rule, { openedAt: obligation.openedAt, dueAt: obligation.dueAt, country: rule.country, calendar });
  return reminders.filter((at) => !obligation.remindedAt?.includes(at));
}

/** What the rule says to do when its obligation is missed. */
export function actionsWhenMissed(ruleId: string, rules: CountryRules | undefined): EscalationAction[] {
  if (!rules) return [];
  return ruleFor(ruleId as RuleId, rules)
    .escalation.filter((escalation) => escalation.on.includes('missed'))
    .map((escalation) => escalation.action);
}
