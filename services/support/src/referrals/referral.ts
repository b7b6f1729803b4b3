import { randomUUID } from 'node:crypto';
import {
  buildEvent,
  CloudEvent,
  EventDefinition,
  OfferReferralCommand,
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  ReferralDeclineReason,
  ReferralCompletedEvent,
  ReferralOfferedEvent,
  ReferralStartedEvent,
  ReferralWithdrawalReason,
  ReferralWithdrawnEvent,
  Specialism,
} from '@harbour/contracts';
import { outboxEntries, WithOutbox } from '@harbour/messaging';
import { Organisation } from '../directory/organisation';
import { ReferralBasis } from '../referral-basis/referral-basis';
import { NeedsAssessment, SupportPlan } from '../support-plans/support-plan';
import { nextReferralStatus, ReferralAction, ReferralStatus, ReferralTransitions } from './referral-status';

export const ReferralStatuses = Object.keys(ReferralTransitions) as ReferralStatus[];

export interface ReferralHistoryEntry {
  action: 'offer' | ReferralAction;
  at: Date;
  /** `journey` for the workflow's activities, else the token subject of the case worker (never a name). */
  actor: string;
}

/**
 * A referral of one journey to one organisation. It holds no personal data: the victim is
 * only the pseudonymous journeyId, the need only codes.
 */
export interface Referral extends WithOutbox {
  _id: string;
  journeyId: string;
  organisationId: string;
  /** The workflow's idempotency key: one referral per key, however often the activity is retried. */
  offerKey: string;
  attempt: number;
  country: string;
  language: string;
  specialism: Specialism;
  helpline: boolean;
  /** Why Harbour may refer this victim at all: recorded consent or a recorded legal basis. */
  basis: ReferralBasis;
  status: ReferralStatus;
  offeredAt: Date;
  acceptBy: Date;
  history: ReferralHistoryEntry[];
  declineReason?: ReferralDeclineReason;
  withdrawalReason?: ReferralWithdrawalReason;
  /** Recorded by the accepting organisation while it supports the victim. */
  needsAssessment?: NeedsAssessment;
  supportPlan?: SupportPlan;
}

/** What an organisation, the journey or Harbour's operations may do to a referral. */
export type ReferralStep =
  | { action: 'accept' }
  | { action: 'decline'; reason: ReferralDeclineReason }
  | { action: 'withdraw'; reason: Exclude<ReferralWithdrawalReason, 'revoked'> }
  | { action: 'start' }
  | { action: 'complete' }
  | { action: 'revoke' };

/** A step as one update: the new status, what it records, and the fact it publishes. */
export interface ReferralChange {
  status: ReferralStatus;
  fields: Pick<Referral, 'declineReason' | 'withdrawalReason'>;
  history: ReferralHistoryEntry & { action: ReferralAction };
  event: CloudEvent;
}

export const JOURNEY_ACTOR = 'journey';

/** A new referral, offered to the organisation ranked first, with its ReferralOffered fact waiting in its outbox. */
export function offerTo(organisation: Organisation, command: OfferReferralCommand, basis: ReferralBasis, at: Date): Referral {
  const referral: Omit<Referral, 'outbox'> = {
    _id: randomUUID(),
    journeyId: command.journeyId,
    organisationId: organisation.id,
    offerKey: command.offerKey,
    attempt: command.attempt,
    country: command.country,
    language: command.language,
    specialism: command.specialism,
    helpline: organisation.helpline116006,
    basis,
    status: 'offered',
    offeredAt: at,
    acceptBy: new Date(command.acceptBy),
    history: [{ action: 'offer', at, actor: JOURNEY_ACTOR }],
  };
  const offered = fact(ReferralOfferedEvent, referral, at, {
    referralId: referral._id,
    organisationId: referral.organisationId,
    specialism: referral.specialism,
    attempt: referral.attempt,
    helpline: referral.helpline,
    offeredAt: at.toISOString(),
    acceptBy: referral.acceptBy.toISOString(),
  });
  return { ...referral, outbox: outboxEntries([offered]) };
}

/** Plans a step; throws ReferralTransitionError when the status table does not allow it. */
export function planStep(referral: Referral, step: ReferralStep, actor: string, at: Date): ReferralChange {
  const status = nextReferralStatus(referral.status, step.action);
  const history = { action: step.action, at, actor };
  const { _id: referralId, organisationId } = referral;
  switch (step.action) {
    case 'accept':
      return { status, history, fields: {}, event: fact(ReferralAcceptedEvent, referral, at, { referralId, organisationId, acceptedAt: at.toISOString() }) };
    case 'decline':
      return {
        status,
        history,
        fields: { declineReason: step.reason },
        event: fact(ReferralDeclinedEvent, referral, at, { referralId, organisationId, reason: step.reason, declinedAt: at.toISOString() }),
      };
    case 'withdraw':
    case 'revoke': {
      // A revocation is a withdrawal by Harbour rather than by the journey's hand-off.
      const reason = step.action === 'revoke' ? 'revoked' : step.reason;
      return {
        status,
        history,
        fields: { withdrawalReason: reason },
        event: fact(ReferralWithdrawnEvent, referral, at, { referralId, organisationId, reason, withdrawnAt: at.toISOString() }),
      };
    }
    case 'start':
      return { status, history, fields: {}, event: fact(ReferralStartedEvent, referral, at, { referralId, organisationId, startedAt: at.toISOString() }) };
    case 'complete':
      return { status, history, fields: {}, event: fact(ReferralCompletedEvent, referral, at, { referralId, organisationId, completedAt: at.toISOString() }) };
  }
}

export function fact<T extends object>(definition: EventDefinition<T>, referral: Pick<Referral, 'journeyId'>, at: Date, data: T): CloudEvent<T> {
  return buildEvent(definition, { id: randomUUID(), journeyId: referral.journeyId, time: at.toISOString(), data });
}
