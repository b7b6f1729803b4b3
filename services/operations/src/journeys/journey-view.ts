import {
  AgeUncertainRecordedEvent,
  CloudEvent,
  GuardianAppointedEvent,
  ClosedObligationOutcomes,
  GuardianRequestedEvent,
  ObligationClosedEvent,
  ObligationFact,
  ObligationMetEvent,
  ObligationMissedEvent,
  ObligationReasonCode,
  ObligationTask,
  ObligationTaskRaisedEvent,
  ReferralAcceptedEvent,
  ReferralCompletedEvent,
  ReferralDeclinedEvent,
  ReferralOfferedEvent,
  ReferralStartedEvent,
  ReferralWithdrawnEvent,
} from '@harbour/contracts';
import type { JourneyStage } from '@harbour/contracts/journey';

export type ObligationOutcome = 'met' | 'missed' | (typeof ClosedObligationOutcomes)[number];

/** An obligation as its outcome facts tell it: the journey publishes outcomes, and tasks while it is open. */
export interface ObligationEntry {
  obligationId: string;
  ruleId: string;
  rulePack: string;
  legalBasis: string;
  basis: ObligationFact['basis'];
  dueAt?: string;
  status: ObligationOutcome;
  /** Absent on outcomes published before reason codes were. */
  reasonCode?: ObligationReasonCode;
  /** When the obligation opened, where its outcome tells it. */
  openedAt?: string;
  at: string;
  /** The event that told the outcome, so that the timeline and the evidence can be traced. */
  eventId: string;
}

/**
 * An obligation still open that someone must act on, as its latest task tells it (a reminder, a
 * review, an escalation); it leaves this list when the obligation's outcome arrives.
 */
export interface AwaitedEntry {
  obligationId: string;
  ruleId: string;
  kind: ObligationTask['kind'];
  forRole: ObligationTask['forRole'];
  forOrganisationId?: string;
  dueAt?: string;
  raisedAt: string;
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
  outcome?: ObligationOutcome;
  reasonCode?: ObligationReasonCode;
  taskKind?: ObligationTask['kind'];
  forRole?: ObligationTask['forRole'];
}

export interface JourneyView {
  journeyId: string;
  stage: JourneyStage;
  country?: string;
  child: boolean;
  /** Every rule pack version the journey's outcomes were computed from, e.g. `eu-baseline@1`, `be@2`. */
  rulePacks: string[];
  obligations: ObligationEntry[];
  /** Open obligations someone has been asked to act on. */
  awaited: AwaitedEntry[];
  referrals: ReferralEntry[];
  organisationIds: string[];
  /** Rules with a missed outcome: rights the victim did not get in time. */
  missedRuleIds: string[];
  ruleIds: string[];
  /**
   * Since when the hand-off needs operations, absent while it does not: an offer past half its time
   * to accept, or an escalation to operations still open.
   */
  stuckFrom?: string;
  /** The earliest time something is still awaited (a referral's acceptance, an open obligation's due time), absent when nothing is. */
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
    awaited: [],
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

/** The outcome an obligation fact tells: met and missed by their type, the others by the closed fact's `outcome`. */
const OBLIGATION_OUTCOMES: Record<string, (data: Data) => ObligationOutcome> = {
  [ObligationMetEvent.type]: () => 'met',
  [ObligationMissedEvent.type]: () => 'missed',
  [ObligationClosedEvent.type]: (data) => data.outcome as ObligationOutcome,
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

  const outcome = OBLIGATION_OUTCOMES[event.type]?.(data);
  if (outcome) applyOutcome(next, data as unknown as ObligationFact, outcome, event.id, entry);
  if (event.type === ObligationTaskRaisedEvent.type) applyTask(next, data as unknown as ObligationTask, entry);

  const state = REFERRAL_STATES[event.type];
  if (state) applyReferral(next, data, state, event.time, entry);

  next.timeline.push(entry);
  next.timeline.sort((a, b) => a.at.localeCompare(b.at) || a.eventId.localeCompare(b.eventId));
  if (event.time > next.lastActivityAt) next.lastActivityAt = event.time;
  const nextDeadline = earliest([
    ...next.referrals.filter((referral) => referral.state === 'offered').map((referral) => referral.acceptBy),
    ...next.awaited.map((awaited) => awaited.dueAt),
  ]);
  if (nextDeadline) next.nextDeadline = nextDeadline;
  else delete next.nextDeadline;
  const stuckFrom = earliest([...next.referrals.map(halfTimeOfOffer), ...next.awaited.filter((awaited) => awaited.kind === 'notify-operations').map((awaited) => awaited.raisedAt)]);
  if (stuckFrom) next.stuckFrom = stuckFrom;
  else delete next.stuckFrom;
  return next;
}

function applyOutcome(view: JourneyView, fact: ObligationFact, status: ObligationOutcome, eventId: string, entry: TimelineEntry): void {
  const { obligationId, ruleId, rulePack, legalBasis, basis, dueAt, at, reasonCode, openedAt } = fact;
  const known = { ...(dueAt ? { dueAt } : {}), ...(reasonCode ? { reasonCode } : {}), ...(openedAt ? { openedAt } : {}) };
  Object.assign(entry, { obligationId, ruleId, rulePack, legalBasis, outcome: status, ...known });
  view.obligations = view.obligations.filter((obligation) => obligation.obligationId !== obligationId);
  view.obligations.push({ obligationId, ruleId, rulePack, legalBasis, basis, ...known, status, at, eventId });
  view.awaited = view.awaited.filter((awaited) => awaited.obligationId !== obligationId);
  view.obligations.sort((a, b) => a.at.localeCompare(b.at));
  view.ruleIds = unique([...view.ruleIds, ruleId]);
  view.missedRuleIds = unique(view.obligations.filter((obligation) => obligation.status === 'missed').map((obligation) => obligation.ruleId));
  view.rulePacks = unique([...view.rulePacks, rulePack]);
}

/** A task tells that its obligation is open and who must act; a task that arrives after the outcome changes nothing awaited. */
function applyTask(view: JourneyView, task: ObligationTask, entry: TimelineEntry): void {
  const { obligationId, ruleId, kind, forRole, forOrganisationId, dueAt, at } = task;
  Object.assign(entry, { obligationId, ruleId, taskKind: kind, forRole, ...(dueAt ? { dueAt } : {}), ...(forOrganisationId ? { organisationId: forOrganisationId } : {}) });
  if (!view.ruleIds.includes(ruleId)) view.ruleIds = unique([...view.ruleIds, ruleId]);
  if (view.obligations.some((obligation) => obligation.obligationId === obligationId)) return;
  const latest = view.awaited.find((awaited) => awaited.obligationId === obligationId);
  if (latest && latest.raisedAt > at) return;
  view.awaited = [
    ...view.awaited.filter((awaited) => awaited.obligationId !== obligationId),
    { obligationId, ruleId, kind, forRole, ...(forOrganisationId ? { forOrganisationId } : {}), ...(dueAt ? { dueAt } : {}), raisedAt: at },
  ].sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? '') || a.obligationId.localeCompare(b.obligationId));
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

/** Half the time an open offer gives to accept: past it, nobody has answered and operations look. */
function halfTimeOfOffer(referral: ReferralEntry): string | undefined {
  const offeredAt = referral.history.find((step) => step.state === 'offered')?.at;
  if (referral.state !== 'offered' || !offeredAt || !referral.acceptBy) return undefined;
  const offered = Date.parse(offeredAt);
  return new Date(offered + (Date.parse(referral.acceptBy) - offered) / 2).toISOString();
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
