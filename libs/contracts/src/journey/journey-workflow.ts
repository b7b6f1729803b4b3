import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

/**
 * What clients (the journey router, services, tests, the console) need to reach a victim's
 * journey workflow. Pure: safe to import from workflow code.
 */
export const JOURNEY_WORKFLOW_TYPE = 'VictimJourney';

/** Workflow ids are business keys: a redelivered event can never start a second journey. */
export function journeyWorkflowId(journeyId: string): string {
  return `journey-${journeyId}`;
}

/** A validated fact about the journey, as the router hands it over. */
export interface JourneyFact {
  /** The CloudEvent id: the journey ignores a fact it has already seen. */
  eventId: string;
  type: string;
  time: string;
  data: Record<string, unknown>;
}

export interface JourneyStart {
  journeyId: string;
}

export const journeyFactSignal = defineSignal<[JourneyFact]>('journeyFact');

export type JourneyStage = 'opened' | 'referred' | 'supported' | 'support-unavailable';

/**
 * How an obligation stands. Besides met and missed: a protection period (the recovery period) is
 * `breached` when something it forbids happened inside it; an order that runs to its end date is
 * `ended` and one revoked before it is `revoked` (neither is a missed deadline).
 */
export type ObligationStatus = 'open' | 'met' | 'missed' | 'breached' | 'declined-by-victim' | 'ended' | 'revoked' | 'cancelled';
export type ObligationOutcome = Exclude<ObligationStatus, 'open'>;

export interface ObligationView {
  obligationId: string;
  ruleId: string;
  title: string;
  legalBasis: string;
  basis: 'law' | 'practice' | 'default';
  rulePack: string;
  openedAt: string;
  /** Absent while the obligation holds until a fact closes it (a flag, or a figure no pack sets for the country). */
  dueAt?: string;
  status: ObligationStatus;
  closedAt?: string;
  evidence?: string;
  /** Why it closed as it did, as a code (see ObligationReasonCodes); set on every closed obligation. */
  reasonCode?: string;
  /** Facts noted on the open obligation that decide its outcome at the due time, e.g. that renewal of an order was asked for. */
  marks?: { mark: string; at: string }[];
  /** What the obligation is about when a journey can owe it more than once (a report, an order, a milestone). */
  subjectKey?: string;
  /** When it was reminded of before its due time, in order. */
  remindedAt?: string[];
  /** Facts that breached the rule while the obligation stayed open, to escalate. */
  breaches?: { at: string; what: string }[];
  /** Why no due time could be computed, as a reason code and its detail (a date the holiday calendars do not cover). */
  dueUncomputable?: string;
  /** The state whose calendar counts the period when another state's authority must act (ISO 3166-1 alpha-2). */
  calendarCountry?: string;
}

export type ReferralStatus = 'offered' | 'accepted' | 'declined' | 'withdrawn';

export interface ReferralAttemptView {
  attempt: number;
  referralId: string;
  organisationId: string;
  helpline: boolean;
  offeredAt: string;
  acceptBy: string;
  status: ReferralStatus;
  closedAt?: string;
}

export interface JourneyState {
  journeyId: string;
  stage: JourneyStage;
  country?: string;
  /** The version of its country's rule pack the journey keeps, e.g. `be@2`; absent where the baseline alone applies. */
  countryPack?: string;
  language?: string;
  /** The region whose calendar counts (ISO 3166-2), when a fact named it. */
  region?: string;
  /** The organisation of the door the journey came through, when its first fact named it. */
  openedBy?: string;
  /** Rules whose obligations a fact triggered before the journey knew its country: they open when it does. */
  waitingForCountry: string[];
  child: boolean;
  obligations: ObligationView[];
  referrals: ReferralAttemptView[];
  factsSeen: number;
}

export const journeyStateQuery = defineQuery<JourneyState>('state');

/** Why operations may cancel an obligation: codes, so that no free text enters the history. */
export const CancellationReasons = ['entered-in-error', 'duplicate-journey', 'not-applicable-in-country', 'superseded-by-court-order'] as const;
export type CancellationReason = (typeof CancellationReasons)[number];

export interface CancelObligation {
  obligationId: string;
  reason: CancellationReason;
}

/**
 * Operations cancel an open obligation that should never have opened. The validator refuses an
 * unknown obligation, one already closed or one the hand-off owns, with a message that says so,
 * and the journey stays as it was.
 */
export const cancelObligationUpdate = defineUpdate<ObligationView, [CancelObligation]>('cancelObligation');

/** Search attributes operations filter journeys by; none of them is personal. */
export const JourneySearchAttributes = {
  stage: { name: 'HarbourStage', type: 'Keyword' },
  country: { name: 'HarbourCountry', type: 'Keyword' },
  child: { name: 'HarbourChild', type: 'Bool' },
  nextDeadline: { name: 'HarbourNextDeadline', type: 'Datetime' },
  overdue: { name: 'HarbourOverdue', type: 'Int' },
} as const;
