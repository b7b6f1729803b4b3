import {
  AgeUncertainRecordedEvent,
  CloudEvent,
  GuardianAppointedEvent,
  GuardianRequestedEvent,
  ObligationFact,
  ObligationMetEvent,
  ObligationMissedEvent,
  ReferralAcceptedEvent,
  ReferralCompletedEvent,
  ReferralDeclinedEvent,
  ReferralOfferedEvent,
  ReferralStartedEvent,
  ReferralWithdrawnEvent,
} from '@harbour/contracts';
import type { JourneyStage } from '@harbour/contracts/journey';

export type ObligationOutcome = 'met' | 'missed';

/** An obligation as its outcome facts tell it: the journey publishes outcomes, not openings. */
export interface ObligationEntry {
  obligationId: string;
  ruleId: string;
  rulePack: string;
  legalBasis: string;
  basis: ObligationFact['basis'];
  dueAt?: string;
  status: ObligationOutcome;
  at: string;
  /** The event that told the outcome, so that the timeline and the evidence can be traced. */
  eventId: string;
}

export type ReferralState = 'offered' | 'accepted' | 'declined' | 'withdrawn' | 'started' | 'completed';

export interface ReferralEntry {
  referralId: string;
  organisationId: string;
  attempt?: number;
  state: ReferralState;
  acceptBy?: string;
  history: { state: ReferralState; at: string; reason?: string }[];
}

/** One fact in a journey's timeline: codes, ids and times only, never what a person said. */
export interface TimelineEntry {
  eventId: string;
  type: string;
  at: string;
  obligationId?: string;
  ruleId?: string;
  rulePack?: string;
  legalBasis?: string;
  dueAt?: string;
  referralId?: string;
  organisationId?: string;
  reason?: string;
}

export interface JourneyView {
  journeyId: string;
  stage: JourneyStage;
  country?: string;
  child: boolean;
  /** Every rule pack version the journey's outcomes were computed from, e.g. `eu-baseline@1`, `be@2`. */
  rulePacks: string[];
  obligations: ObligationEntry[];
  referrals: ReferralEntry[];
  organisationIds: string[];
  /** Rules with a missed outcome: rights the victim did not get in time. */
  missedRuleIds: string[];
  ruleIds: string[];
  /** The earliest time something is still awaited (a referral's acceptance), absent when nothing is. */
  nextDeadline?: string;
  lastActivityAt: string;
  timeline: TimelineEntry[];
}

export function emptyJourneyView(journeyId: string, at: string): JourneyView {
  return {
    journeyId,
    stage: 'opened',
    child: false,
    rulePacks: [],
    obligations: [],
    referrals: [],
    organisationIds: [],
    missedRuleIds: [],
    ruleIds: [],
    lastActivityAt: at,
    timeline: [],
  };
}

const REFERRAL_STATES: Record<string, ReferralState> = {
  [ReferralOfferedEvent.type]: 'offered',
  [ReferralAcceptedEvent.type]: 'accepted',
  [ReferralDeclinedEvent.type]: 'declined',
  [ReferralWithdrawnEvent.type]: 'withdrawn',
  [ReferralStartedEvent.type]: 'started',
  [ReferralCompletedEvent.type]: 'completed',
};

const OBLIGATION_OUTCOMES: Record<string, ObligationOutcome> = {
  [ObligationMetEvent.type]: 'met',
  [ObligationMissedEvent.type]: 'missed',
};

/** Facts that presume the victim a child (age in doubt counts as a child until decided). */
const CHILD_FACTS = new Set<string>([AgeUncertainRecordedEvent.type, GuardianRequestedEvent.type, GuardianAppointedEvent.type]);

type Data = Record<string, unknown>;

const text = (data: Data, key: string): string | undefined => (typeof data[key] === 'string' ? (data[key] as string) : undefined);

/**
 * The journey as it stands once `event` is added. Pure and idempotent: a fact already in the
 * timeline changes nothing, so redelivery and rebuilding from the topics give the same view.
 */
export function applyFact(view: JourneyView, event: CloudEvent<object>): JourneyView {
  if (view.timeline.some((entry) => entry.eventId === event.id)) return view;
  const data = event.data as Data;
  const next: JourneyView = structuredClone(view);
  const entry: TimelineEntry = { eventId: event.id, type: event.type, at: event.time };

  const country = text(data, 'country');
  if (country && !next.country) next.country = country;
  if (CHILD_FACTS.has(event.type)) next.child = true;

  const outcome = OBLIGATION_OUTCOMES[event.type];
  if (outcome) applyOutcome(next, data as unknown as ObligationFact, outcome, event.id, entry);

  const state = REFERRAL_STATES[event.type];
  if (state) applyReferral(next, data, state, event.time, entry);

  next.timeline.push(entry);
  next.timeline.sort((a, b) => a.at.localeCompare(b.at) || a.eventId.localeCompare(b.eventId));
  if (event.time > next.lastActivityAt) next.lastActivityAt = event.time;
  const nextDeadline = earliest(next.referrals.filter((referral) => referral.state === 'offered').map((referral) => referral.acceptBy));
  if (nextDeadline) next.nextDeadline = nextDeadline;
  else delete next.nextDeadline;
  return next;
}

function applyOutcome(view: JourneyView, fact: ObligationFact, status: ObligationOutcome, eventId: string, entry: TimelineEntry): void {
  const { obligationId, ruleId, rulePack, legalBasis, basis, dueAt, at } = fact;
  Object.assign(entry, { obligationId, ruleId, rulePack, legalBasis, ...(dueAt ? { dueAt } : {}) });
  view.obligations = view.obligations.filter((obligation) => obligation.obligationId !== obligationId);
  view.obligations.push({ obligationId, ruleId, rulePack, legalBasis, basis, ...(dueAt ? { dueAt } : {}), status, at, eventId });
  view.obligations.sort((a, b) => a.at.localeCompare(b.at));
  view.ruleIds = unique(view.obligations.map((obligation) => obligation.ruleId));
  view.missedRuleIds = unique(view.obligations.filter((obligation) => obligation.status === 'missed').map((obligation) => obligation.ruleId));
  view.rulePacks = unique([...view.rulePacks, rulePack]);
}

function applyReferral(view: JourneyView, data: Data, state: ReferralState, time: string, entry: TimelineEntry): void {
  const referralId = text(data, 'referralId') ?? '';
  const organisationId = text(data, 'organisationId') ?? '';
  const reason = text(data, 'reason');
  const at = text(data, `${state}At`) ?? time;
  Object.assign(entry, { referralId, organisationId, ...(reason ? { reason } : {}) });
  let referral = view.referrals.find((candidate) => candidate.referralId === referralId);
  if (!referral) {
    referral = { referralId, organisationId, state, history: [] };
    view.referrals.push(referral);
  }
  referral.state = state;
  referral.history.push({ state, at, ...(reason ? { reason } : {}) });
  if (state === 'offered') {
    referral.attempt = typeof data.attempt === 'number' ? data.attempt : undefined;
    referral.acceptBy = text(data, 'acceptBy');
    entry.dueAt = referral.acceptBy;
  }
  view.organisationIds = unique([...view.organisationIds, organisationId]);
  view.stage = stageOf(view.referrals);
}

/** As far as the facts tell: accepted by someone means supported, an open offer means referred. */
function stageOf(referrals: ReferralEntry[]): JourneyStage {
  if (referrals.some((referral) => ['accepted', 'started', 'completed'].includes(referral.state))) return 'supported';
  if (referrals.some((referral) => referral.state === 'offered')) return 'referred';
  return 'opened';
}

const unique = (values: string[]): string[] => [...new Set(values)].sort();

function earliest(times: (string | undefined)[]): string | undefined {
  return times.filter((time): time is string => time !== undefined).sort()[0];
}
