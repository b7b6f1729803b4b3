import { randomUUID } from 'node:crypto';
import {
  CloudEvent,
  ConclusiveGroundsDecidedEvent,
  DecisionTaskKind,
  GroundsDecision,
  NrmReferralConsent,
  NrmReferralSubmittedEvent,
  ReasonableGroundsDecidedEvent,
  RecoveryPeriodExtendedEvent,
  RemovalRecordedEvent,
} from '@harbour/contracts';
import { WithOutbox } from '@harbour/messaging';
import { doorFields, JourneyDoorDto } from '@harbour/service-runtime';
import { RequestRefusedError } from '../shared/identification-errors';
import { journeyFact } from '../shared/journey-fact';
import { AwaitedDecision, nextNrmReferralStatus, NrmReferralStatus } from './nrm-referral-status';

export const AgeGroups = ['adult', 'child'] as const;
export type AgeGroup = (typeof AgeGroups)[number];

export interface DecisionTask {
  kind: DecisionTaskKind;
  openedAt: Date;
  /** Token subject, or `journey` when the journey's activity opened it. */
  openedBy: string;
}

export interface GroundsRecord {
  decision: GroundsDecision;
  decidedAt: Date;
  decidedBy: string;
  /** The decision maker's reasons are personal: encrypted under the journey's key, never published. */
  encryptedReasons: string;
}

/** A referral of one journey to the national referral mechanism, with its decisions. */
export interface NrmReferral extends WithOutbox {
  _id: string;
  journeyId: string;
  screeningId?: string;
  /** A child, or a person presumed to be one, is referred without consent. */
  ageGroup: AgeGroup;
  consent: NrmReferralConsent;
  status: NrmReferralStatus;
  submittedAt: Date;
  submittedBy: string;
  decisionTasks: DecisionTask[];
  /** The decision task waiting for a decision maker, if any. */
  openTask?: DecisionTaskKind;
  openTaskSince?: Date;
  reasonableGrounds?: GroundsRecord;
  conclusiveGrounds?: GroundsRecord & { requestedByPerson: boolean };
  recoveryPeriodExtendedUntil?: Date;
}

export interface SubmitNrmReferral extends JourneyDoorDto {
  journeyId: string;
  screeningId?: string;
  ageGroup: AgeGroup;
  consent: NrmReferralConsent;
}

/**
 * A new referral, its reasonable-grounds task open for decision makers and NrmReferralSubmitted
 * waiting to be published. An adult is referred only with their consent (ATD Art 11(4)); a
 * child needs none.
 */
export function submitReferral(input: SubmitNrmReferral, actor: string, at: Date, nrmReferralId: string = randomUUID(), organisationId?: string): { referral: Omit<NrmReferral, 'outbox'>; fact: CloudEvent } {
  if (input.ageGroup === 'adult' && input.consent !== 'recorded') {
    throw new RequestRefusedError(`an adult is referred to the NRM only with their consent: consent must be "recorded" ("${input.consent}" is for children)`);
  }
  const referral: Omit<NrmReferral, 'outbox'> = {
    _id: nrmReferralId,
    journeyId: input.journeyId,
    ...(input.screeningId ? { screeningId: input.screeningId } : {}),
    ageGroup: input.ageGroup,
    consent: input.consent,
    status: 'awaiting-reasonable-grounds',
    submittedAt: at,
    submittedBy: actor,
    decisionTasks: [{ kind: 'reasonable-grounds', openedAt: at, openedBy: actor }],
    openTask: 'reasonable-grounds',
    openTaskSince: at,
  };
  const fact = journeyFact(NrmReferralSubmittedEvent, input.journeyId, at, {
    nrmReferralId: referral._id,
    consent: input.consent,
    submittedAt: at.toISOString(),
    ...doorFields(input, organisationId),
  });
  return { referral, fact };
}

/** A step as one guarded update: what it sets, what it clears, the task it opens and the fact it publishes. */
export interface NrmReferralChange {
  status: NrmReferralStatus;
  set: Partial<NrmReferral>;
  unset: (keyof NrmReferral)[];
  openedTask?: DecisionTask;
  fact: CloudEvent;
}

export type GroundsDecisionStep =
  | { kind: 'reasonable-grounds'; decision: GroundsDecision; encryptedReasons: string }
  | { kind: 'conclusive-grounds'; decision: GroundsDecision; encryptedReasons: string; requestedByPerson: boolean };

/**
 * Plans a decision; throws NrmReferralStepError when the status table does not allow it. A
 * positive reasonable-grounds decision opens the conclusive-grounds task; any decision that
 * closes the referral closes its task and lifts the "do not remove" flag with it.
 */
export function planDecision(referral: NrmReferral, step: GroundsDecisionStep, actor: string, at: Date): NrmReferralChange {
  const status = nextNrmReferralStatus(referral.status, step.kind, step.decision);
  const grounds: GroundsRecord = { decision: step.decision, decidedAt: at, decidedBy: actor, encryptedReasons: step.encryptedReasons };
  const nextTask = AwaitedDecision[status];
  const taskFields = nextTask
    ? { set: { openTask: nextTask, openTaskSince: at }, unset: [], openedTask: { kind: nextTask, openedAt: at, openedBy: actor } }
    : { set: {}, unset: ['openTask', 'openTaskSince'] as (keyof NrmReferral)[] };
  const decided = { nrmReferralId: referral._id, decision: step.decision, decidedAt: at.toISOString() };
  if (step.kind === 'reasonable-grounds') {
    return {
      status,
      ...taskFields,
      set: { ...taskFields.set, reasonableGrounds: grounds },
      fact: journeyFact(ReasonableGroundsDecidedEvent, referral.journeyId, at, decided),
    };
  }
  return {
    status,
    ...taskFields,
    set: { ...taskFields.set, conclusiveGrounds: { ...grounds, requestedByPerson: step.requestedByPerson } },
    fact: journeyFact(ConclusiveGroundsDecidedEvent, referral.journeyId, at, { ...decided, requestedByPerson: step.requestedByPerson }),
  };
}

/** Plans an extension of the recovery period; only later than now and than any earlier extension. */
export function planExtension(referral: NrmReferral, extendedUntil: Date, at: Date): NrmReferralChange {
  const status = nextNrmReferralStatus(referral.status, 'recovery-period-extension', 'extended');
  const floor = referral.recoveryPeriodExtendedUntil && referral.recoveryPeriodExtendedUntil > at ? referral.recoveryPeriodExtendedUntil : at;
  if (extendedUntil <= floor) {
    throw new RequestRefusedError(`extendedUntil must be later than ${floor.toISOString()}`);
  }
  return {
    status,
    set: { recoveryPeriodExtendedUntil: extendedUntil },
    unset: [],
    fact: journeyFact(RecoveryPeriodExtendedEvent, referral.journeyId, at, {
      nrmReferralId: referral._id,
      extendedAt: at.toISOString(),
      extendedUntil: extendedUntil.toISOString(),
    }),
  };
}

/** Plans the record of a removal reported while the person was protected from one; never a time to come. */
export function planRemoval(referral: NrmReferral, removedAt: Date, at: Date): NrmReferralChange {
  const status = nextNrmReferralStatus(referral.status, 'removal', 'recorded');
  if (removedAt > at) throw new RequestRefusedError(`removedAt must not be later than now (${at.toISOString()}): only a removal that happened is recorded`);
  return {
    status,
    set: {},
    unset: [],
    fact: journeyFact(RemovalRecordedEvent, referral.journeyId, at, { nrmReferralId: referral._id, removedAt: removedAt.toISOString(), recordedAt: at.toISOString() }),
  };
}
