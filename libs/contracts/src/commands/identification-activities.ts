import { DecisionTaskKind } from '../vocabulary/vocabulary';

/** The journey asks identification to put a decision on an NRM referral before a decision maker. */
export interface OpenDecisionTaskCommand {
  journeyId: string;
  nrmReferralId: string;
  kind: DecisionTaskKind;
}

export interface DecisionTaskOpened {
  nrmReferralId: string;
  kind: DecisionTaskKind;
  /** When the task was first opened: a retried or repeated command answers with the same time. */
  openedAt: string;
}

/** Activities the identification service serves on the `identification` task queue. */
export interface IdentificationActivities {
  /** Idempotent: a task already open (or decided) for this referral and kind is answered as it is. */
  openDecisionTask(command: OpenDecisionTaskCommand): Promise<DecisionTaskOpened>;
}
