import { randomUUID } from 'node:crypto';
import {
  AppealLodgedEvent,
  ApplicationAcknowledgedEvent,
  ApplicationTransmittedEvent,
  buildEvent,
  ClaimDecidedEvent,
  ClaimOpenedEvent,
  ClaimSubmittedEvent,
  CloudEvent,
  CompensationOutcome,
  CompensationScheme,
  CrossBorderApplicationReceivedEvent,
  DecidingAuthorityChasedEvent,
  EventDefinition,
  HeadOfLoss,
  JourneyDoorFields,
  PaymentMadeEvent,
  SupportingDocumentKind,
} from '@harbour/contracts';
import { outboxEntries, WithOutbox } from '@harbour/messaging';
import { isOnChecklist, missingRequiredDocuments, ReceivedDocument } from './checklist';
import { ClaimConflictError, InvalidClaimRequestError } from './claim-errors';
import { ClaimAction, ClaimStatus, nextClaimStatus } from './claim-status';
import { appealDeadline } from './compensation-schemes';

export interface HeadOfLossClaimed {
  head: HeadOfLoss;
  amount: number;
}

export interface Decision {
  outcome: CompensationOutcome;
  amount: number;
  decidedAt: Date;
  appealDeadline: Date;
}

export interface Payment {
  paymentId: string;
  amount: number;
  paidAt: Date;
}

export interface Appeal {
  appealId: string;
  lodgedAt: Date;
}

export interface Chase {
  chaseId: string;
  chasedAt: Date;
  /** Idempotency key of the chase, so a retried activity records it once. */
  key: string;
}

/** Directive 2004/80/EC: the assisting authority's side of an application for a crime abroad. */
export interface CrossBorderApplication {
  assistingCountry: string;
  decidingCountry: string;
  /** The standard form's data (applicant, crime, losses), encrypted as one JSON document. */
  encryptedStandardForm: string;
  receivedAt: Date;
  transmittedAt?: Date;
  acknowledgedAt?: Date;
  estimatedDecisionBy?: Date;
  /** Who at the deciding authority handles the application; encrypted. */
  encryptedContactPerson?: string;
  chases: Chase[];
}

export interface ClaimHistoryEntry {
  action: 'open' | 'receive' | ClaimAction;
  at: Date;
  /** Token subject of the officer, or `journey` for the workflow's activities; never a name. */
  actor: string;
}

/**
 * A compensation claim of one journey. The victim is only the pseudonymous journeyId; what is
 * personal (document references, the standard form, the contact person) is encrypted under
 * the journey's key.
 */
export interface Claim extends WithOutbox {
  _id: string;
  journeyId: string;
  scheme: CompensationScheme;
  crimeDate: Date;
  /** Where the crime took place: the country whose scheme decides. */
  crimeCountry: string;
  perpetratorKnown: boolean;
  currency: string;
  headsOfLoss: HeadOfLossClaimed[];
  status: ClaimStatus;
  openedAt: Date;
  documents: ReceivedDocument[];
  submittedAt?: Date;
  submittedComplete?: boolean;
  decisions: Decision[];
  payments: Payment[];
  appeals: Appeal[];
  crossBorder?: CrossBorderApplication;
  history: ClaimHistoryEntry[];
}

export type ClaimTerms = Pick<Claim, 'journeyId' | 'scheme' | 'crimeDate' | 'crimeCountry' | 'perpetratorKnown' | 'currency' | 'headsOfLoss'>;

/** A step on a claim, with its personal fields already encrypted. */
export type ClaimStep =
  | { action: 'record-document'; kind: SupportingDocumentKind; encryptedReference: string }
  | { action: 'submit'; incomplete: boolean }
  | { action: 'transmit' }
  | { action: 'chase'; key: string }
  | { action: 'acknowledge'; encryptedContactPerson: string; estimatedDecisionBy: Date }
  | { action: 'decide'; outcome: CompensationOutcome; amount: number }
  | { action: 'pay'; amount?: number }
  | { action: 'appeal' };

/** A step as one guarded update: the new status, what it sets and appends, and the fact it publishes. */
export interface ClaimChange {
  status: ClaimStatus;
  set: Record<string, unknown>;
  push: Record<string, unknown>;
  /** A chase's key, which the stored claim must not hold yet: a concurrent retry that landed first wins. */
  newChaseKey?: string;
  history: ClaimHistoryEntry & { action: ClaimAction };
  event?: CloudEvent;
}

export const JOURNEY_ACTOR = 'journey';

export function totalClaimed(claim: Pick<Claim, 'headsOfLoss'>): number {
  return roundToCents(claim.headsOfLoss.reduce((sum, head) => sum + head.amount, 0));
}

export function latestDecision(claim: Pick<Claim, 'decisions'>): Decision | undefined {
  return claim.decisions[claim.decisions.length - 1];
}

/**
 * A national claim, opened by an officer, with its ClaimOpened fact in its outbox. The door's
 * fields (country, region, language, the acting authority) ride on the fact only, for a journey
 * that compensation opens.
 */
export function openClaim(terms: ClaimTerms, actor: string, at: Date, claimId: string = randomUUID(), door: JourneyDoorFields = {}): Claim {
  const claim = newClaim(claimId, terms, 'opened', actor, at);
  const opened = fact(ClaimOpenedEvent, claim, at, {
    claimId: claim._id,
    scheme: claim.scheme,
    crimeDate: claim.crimeDate.toISOString(),
    openedAt: at.toISOString(),
    ...door,
  });
  return { ...claim, outbox: outboxEntries([opened]) };
}

/** A cross-border application received by the assisting authority, for the deciding authority of the crime's country. */
export function receiveCrossBorderApplication(
  terms: ClaimTerms,
  application: Pick<CrossBorderApplication, 'assistingCountry' | 'encryptedStandardForm'>,
  actor: string,
  at: Date,
  claimId: string = randomUUID(),
): Claim {
  const claim = newClaim(claimId, terms, 'received', actor, at);
  const crossBorder: CrossBorderApplication = { ...application, decidingCountry: terms.crimeCountry, receivedAt: at, chases: [] };
  const received = fact(CrossBorderApplicationReceivedEvent, claim, at, {
    claimId: claim._id,
    assistingCountry: crossBorder.assistingCountry,
    decidingCountry: crossBorder.decidingCountry,
    receivedAt: at.toISOString(),
  });
  return { ...claim, crossBorder, outbox: outboxEntries([received]) };
}

function newClaim(claimId: string, terms: ClaimTerms, status: 'opened' | 'received', actor: string, at: Date): Omit<Claim, 'outbox'> {
  return {
    _id: claimId,
    ...terms,
    status,
    openedAt: at,
    documents: [],
    decisions: [],
    payments: [],
    appeals: [],
    history: [{ action: status === 'opened' ? 'open' : 'receive', at, actor }],
  };
}

/**
 * Plans a step: throws ClaimTransitionError when the status table does not allow it, and the
 * claim's own errors when the claim's rules do not (an incomplete checklist, a closed appeal window).
 */
export function planStep(claim: Claim, step: ClaimStep, actor: string, at: Date): ClaimChange {
  const status = nextClaimStatus(claim.status, step.action);
  const change = { status, set: {}, push: {}, history: { action: step.action, at, actor } };
  const claimId = claim._id;
  const iso = at.toISOString();
  switch (step.action) {
    case 'record-document': {
      if (!isOnChecklist(claim.scheme, step.kind)) {
        throw new InvalidClaimRequestError(`a ${step.kind} is not on the ${claim.scheme} checklist of this claim`);
      }
      const document: ReceivedDocument = { kind: step.kind, encryptedReference: step.encryptedReference, receivedAt: at, recordedBy: actor };
      return { ...change, push: { documents: document } };
    }
    case 'submit': {
      const missing = missingRequiredDocuments(claim.scheme, claim.documents);
      if (missing.length > 0 && !step.incomplete) {
        throw new ClaimConflictError(
          `the checklist lacks required documents: ${missing.join(', ')}; record them, or submit with "incomplete": true to send the claim as it is`,
        );
      }
      const complete = missing.length === 0;
      return {
        ...change,
        set: { submittedAt: at, submittedComplete: complete },
        event: fact(ClaimSubmittedEvent, claim, at, { claimId, submittedAt: iso, complete }),
      };
    }
    case 'transmit':
      return { ...change, set: { 'crossBorder.transmittedAt': at }, event: fact(ApplicationTransmittedEvent, claim, at, { claimId, decidingCountry: claim.crossBorder?.decidingCountry, transmittedAt: iso }),
      };
    case 'chase': {
      const chase: Chase = { chaseId: randomUUID(), chasedAt: at, key: step.key };
      return {
        ...change,
        push: { 'crossBorder.chases': chase },
        newChaseKey: step.key,
        event: fact(DecidingAuthorityChasedEvent, claim, at, { claimId, chaseId: chase.chaseId, chasedAt: iso }),
      };
    }
    case 'acknowledge': {
      if (step.estimatedDecisionBy.getTime() <= at.getTime()) {
        throw new InvalidClaimRequestError('estimatedDecisionBy must lie after the acknowledgement');
      }
      return {
        ...change,
        set: { 'crossBorder.acknowledgedAt': at, 'crossBorder.estimatedDecisionBy': step.estimatedDecisionBy, 'crossBorder.encryptedContactPerson': step.encryptedContactPerson },
        event: fact(ApplicationAcknowledgedEvent, claim, at, { claimId, acknowledgedAt: iso, estimatedDecisionBy: step.estimatedDecisionBy.toISOString() }),
      };
    }
    case 'decide': {
      assertAmountFitsOutcome(claim, step.outcome, step.amount);
      const decision: Decision = { outcome: step.outcome, amount: step.amount, decidedAt: at, appealDeadline: appealDeadline(at, claim.crimeCountry, claim.scheme) };
      return {
        ...change,
        push: { decisions: decision },
        event: fact(ClaimDecidedEvent, claim, at, { claimId, outcome: decision.outcome, decidedAt: iso, appealDeadline: decision.appealDeadline.toISOString() }),
      };
    }
    case 'pay': {
      const decision = latestDecision(claim);
      if (!decision || decision.outcome === 'refused') throw new ClaimConflictError('a refused claim cannot be paid');
      // After an appeal raised the award, only what is still owed is paid.
      const owed = roundToCents(decision.amount - claim.payments.reduce((sum, payment) => sum + payment.amount, 0));
      if (owed <= 0) throw new ClaimConflictError(`the amount awarded (${decision.amount}) is paid already`);
      const amount = step.amount ?? owed;
      if (amount > owed) throw new InvalidClaimRequestError(`the payment (${amount}) exceeds the amount still owed (${owed})`);
      const payment: Payment = { paymentId: randomUUID(), amount, paidAt: at };
      return { ...change, push: { payments: payment }, event: fact(PaymentMadeEvent, claim, at, { claimId, paymentId: payment.paymentId, paidAt: iso }) };
    }
    case 'appeal': {
      const decision = latestDecision(claim);
      if (decision && at.getTime() > decision.appealDeadline.getTime()) {
        throw new ClaimConflictError(`the appeal window closed at ${decision.appealDeadline.toISOString()}`);
      }
      const appeal: Appeal = { appealId: randomUUID(), lodgedAt: at };
      return { ...change, push: { appeals: appeal }, event: fact(AppealLodgedEvent, claim, at, { claimId, appealId: appeal.appealId, lodgedAt: iso }) };
    }
  }
}

function assertAmountFitsOutcome(claim: Claim, outcome: CompensationOutcome, amount: number): void {
  const claimed = totalClaimed(claim);
  if (outcome === 'refused' && amount !== 0) throw new InvalidClaimRequestError('a refused claim awards no amount: amount must be 0');
  if (outcome !== 'refused' && amount <= 0) throw new InvalidClaimRequestError(`an outcome ${outcome} awards an amount above 0`);
  if (outcome === 'granted' && amount !== claimed) throw new InvalidClaimRequestError(`a granted claim awards the amount claimed (${claimed}); use partly-granted for less`);
  if (outcome === 'partly-granted' && amount >= claimed) throw new InvalidClaimRequestError(`a partly-granted claim awards less than the amount claimed (${claimed})`);
}

function roundToCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

function fact<T extends object>(definition: EventDefinition<T>, claim: Pick<Claim, 'journeyId'>, at: Date, data: T): CloudEvent<T> {
  return buildEvent(definition, { id: randomUUID(), journeyId: claim.journeyId, time: at.toISOString(), data });
}
