import type { ObligationView } from '@harbour/contracts/journey';
import {
  computeDeadline,
  computeRemindersSafely,
  EscalationAction,
  euBaseline,
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
  /** ISO 3166-2, where the country's regions keep their own holidays (German Länder, Spanish communities, Swiss cantons, UK nations). */
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
  // 0 keeps the baseline: a pack added later for the country changes only journeys that start after it.
  return resolveRule(journeyRulePack, rules.country, ruleId, rules.countryPackVersion);
}

export interface Deadline {
  rule: ResolvedRule;
  openedAt: string;
  /** Absent where the obligation holds until a fact closes it, or only a country pack can set the figure. */
  dueAt?: string;
  /** When to remind before the due time, from the rule's reminders. */
  reminders: string[];
  /** Why no due time could be computed (a date beyond the calendars), so the obligation says so instead of stalling the journey. */
  uncomputable?: string;
}

/**
 * The deadline of an obligation that a trigger at `openedAt` opens in that country. A rule whose
 * period is counted back from a future date (an order's end) takes that date as `dueFrom`; a child's
 * obligation, or one whose clock runs to a follow-up, takes that period of the rule.
 */
export function deadlineFor(
  ruleId: RuleId,
  rules: CountryRules,
  openedAt: string,
  dueFrom = openedAt,
  period: PeriodChoice = {},
  actingCountry?: string,
): Deadline {
  const rule = withApplicablePeriod(ruleFor(ruleId, rules), period);
  const deadline = computeDeadline(rule, { openedAt, dueFrom, ...calendarOf(rule, rules, actingCountry) });
  if (deadline.kind === 'due') return { rule, openedAt, dueAt: deadline.dueAt, reminders: deadline.reminders };
  return { rule, openedAt, reminders: [], ...(deadline.kind === 'uncomputable' ? { uncomputable: `${deadline.reason}: ${deadline.detail}` } : {}) };
}

/**
 * Whose calendar counts the period: the state whose authority must act. A rule that another state
 * acts on (the deciding authority of Directive 2004/80/EC, the executing state of an EPO) counts in
 * that state's national calendar when the fact names it; otherwise in the journey's country and region.
 */
function calendarOf(rule: ResolvedRule, rules: CountryRules, actingCountry: string | undefined): { country: string; region?: string } {
  const anotherState = rule.calendarOf !== undefined && rule.calendarOf !== 'journey-country' && actingCountry !== undefined;
  if (anotherState && actingCountry.toUpperCase() !== rule.country) return { country: actingCountry.toUpperCase() };
  // A region learnt from a door of another country (a report abroad) says nothing of this calendar.
  const ownRegion = rules.region?.toUpperCase().startsWith(`${rule.country}-`);
  return { country: rule.country, ...(ownRegion ? { region: rules.region } : {}) };
}

/**
 * The end of the given day of a period opened at `openedAt` (calendar days, as Regulation 1182/71
 * counts them); none where the calendars cannot count it, never an error inside a journey.
 */
export function reviewTime(rules: CountryRules, ruleId: RuleId, openedAt: string, day: number): string | undefined {
  const rule = ruleFor(ruleId, rules);
  const review = { id: rule.id, due: { unit: 'calendar-days', amount: day } as const, dueText: `review on day ${day}`, reminders: [] };
  const deadline = computeDeadline(review, { openedAt, ...calendarOf(rule, rules, undefined) });
  return deadline.kind === 'due' ? deadline.dueAt : undefined;
}

/** The reminders of an obligation carried into a new run, recomputed from its rule and times. */
export function remindersStillToCome(obligation: ObligationView, rules: CountryRules | undefined): string[] {
  if (!rules || !obligation.dueAt) return [];
  const rule = ruleFor(obligation.ruleId as RuleId, rules);
  const reminders = computeRemindersSafely(rule, { openedAt: obligation.openedAt, dueAt: obligation.dueAt, ...calendarOf(rule, rules, obligation.calendarCountry) });
  return reminders.filter((at) => !obligation.remindedAt?.includes(at));
}

/** What the rule says to do when its obligation is missed. */
export function actionsWhenMissed(ruleId: string, rules: CountryRules | undefined): EscalationAction[] {
  if (!rules) return [];
  return ruleFor(ruleId as RuleId, rules)
    .escalation.filter((escalation) => escalation.on.includes('missed'))
    .map((escalation) => escalation.action);
}
