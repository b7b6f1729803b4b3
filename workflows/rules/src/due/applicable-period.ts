import { ObligationRule } from '../rule';

/** What about the person or the obligation decides which of a rule's periods applies. */
export interface PeriodChoice {
  /** The person is a child, or presumed one: the rule's children figure applies where it has one. */
  child?: boolean;
  /** The obligation's clock runs to this follow-up (by its `what`), e.g. the appointment of a guardian. */
  followUp?: string;
}

/** The rule with the period that applies, so that `computeDueAt` counts it. */
export function withApplicablePeriod<R extends Pick<ObligationRule, 'id' | 'due' | 'dueForChildren' | 'followUps'>>(rule: R, choice: PeriodChoice): R {
  if (choice.followUp !== undefined) {
    const followUp = rule.followUps?.find((candidate) => candidate.what === choice.followUp);
    if (!followUp) throw new Error(`rule '${rule.id}' has no follow-up '${choice.followUp}'`);
    return { ...rule, due: followUp.due };
  }
  if (choice.child && rule.dueForChildren) return { ...rule, due: rule.dueForChildren };
  return rule;
}
