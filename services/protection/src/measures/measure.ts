import { randomUUID } from 'node:crypto';
import {
  buildEvent,
  CloudEvent,
  EpoIssuedEvent,
  EpoRecognisedEvent,
  EpoRecognitionDecision,
  EpoRefusalReason,
  EventDefinition,
  JourneyDoorFields,
  ProtectionMeasureKind,
  ProtectionOrderBreachReportedEvent,
  ProtectionOrderExpiredEvent,
  ProtectionOrderExpiringEvent,
  ProtectionOrderIssuedEvent,
  ProtectionOrderKind,
  ProtectionOrderKinds,
  ProtectionOrderRenewalDecidedEvent,
  ProtectionOrderRevokedEvent,
  ReassessmentRequestedEvent,
  RevocationReason,
  ServedCountry,
} from '@harbour/contracts';
import { outboxEntries, WithOutbox } from '@harbour/messaging';
import { InvalidMeasureRequestError, MeasureConflictError } from './measure-errors';
import { MeasureAction, MeasureStatus, nextMeasureStatus } from './measure-status';

export interface RenewalDecision {
  renewed: boolean;
  /** The new end of a renewed measure. */
  endsAt?: Date;
  decidedAt: Date;
  decidedBy: string;
}

export interface Breach {
  breachId: string;
  reportedAt: Date;
  reportedBy: string;
  /** Reported back by the executing state of a European Protection Order. */
  inExecutingState: boolean;
  /** The urgent re-assessment the breach asked for. */
  reassessmentRequestId: string;
}

export interface Reminder {
  /** When the journey's clock had the reminder due; one reminder per due time. */
  dueAt: Date;
  remindedAt: Date;
}

export interface Revocation {
  reason: RevocationReason;
  revokedAt: Date;
  revokedBy: string;
}

export interface EpoRecognition {
  decision: EpoRecognitionDecision;
  refusalReason?: EpoRefusalReason;
  recognisedAt: Date;
  recordedBy: string;
}

/** What a European Protection Order adds to a measure (Directive 2011/99/EU). */
export interface EpoDetails {
  executingCountry: ServedCountry;
  /** The national order it extends to the executing state. */
  underlyingOrderId: string;
  issuedAt: Date;
  recognition?: EpoRecognition;
}

/**
 * A protection measure or order of one journey. It holds codes and dates only; the victim is the
 * pseudonymous journeyId. `revision` grows with every change, so that a change planned from one
 * reading is applied only if nothing changed the measure since.
 */
export interface Measure extends WithOutbox {
  _id: string;
  journeyId: string;
  kind: ProtectionMeasureKind;
  status: MeasureStatus;
  revision: number;
  startsAt: Date;
  endsAt?: Date;
  takenAt: Date;
  takenBy: string;
  renewals: RenewalDecision[];
  breaches: Breach[];
  reminders: Reminder[];
  revocation?: Revocation;
  expiredAt?: Date;
  epo?: EpoDetails;
}

/** Orders are time-limited and send their facts to the journey, whose protection-order-expiry clock follows them. */
export function isOrder(kind: ProtectionMeasureKind): kind is ProtectionOrderKind {
  return (ProtectionOrderKinds as readonly string[]).includes(kind);
}

export interface NewMeasure {
  journeyId: string;
  kind: ProtectionMeasureKind;
  startsAt: Date;
  endsAt?: Date;
  takenBy: string;
  epo?: Omit<EpoDetails, 'recognition'>;
  /** What an order tells the journey when protection is its door (country, region, language, acting authority); only on the fact. */
  door?: JourneyDoorFields;
}

/** A new measure in force, with its facts (OrderIssued for an order, EpoIssued too for an EPO) in its outbox. */
export function takeMeasure({ door, ...draft }: NewMeasure, at: Date): Measure {
  if (isOrder(draft.kind) && !draft.endsAt) throw new InvalidMeasureRequestError(`endsAt is required: a ${draft.kind} is an order and must have an end`);
  if (draft.endsAt && draft.endsAt <= draft.startsAt) throw new InvalidMeasureRequestError('endsAt must be later than startsAt');
  if (draft.endsAt && draft.endsAt <= at) throw new InvalidMeasureRequestError('endsAt must be in the future: a measure that has ended is not taken');
  const measure: Omit<Measure, 'outbox'> = {
    _id: randomUUID(),
    ...draft,
    status: 'active',
    revision: 0,
    takenAt: at,
    renewals: [],
    breaches: [],
    reminders: [],
  };
  const facts: CloudEvent[] = [];
  if (measure.epo) {
    facts.push(fact(EpoIssuedEvent, measure, at, { epoId: measure._id, executingCountry: measure.epo.executingCountry, issuedAt: iso(measure.epo.issuedAt) }));
  }
  if (isOrder(measure.kind) && measure.endsAt) {
    facts.push(fact(ProtectionOrderIssuedEvent, measure, at, { orderId: measure._id, kind: measure.kind, startsAt: iso(measure.startsAt), endsAt: iso(measure.endsAt), ...door }));
  }
  return { ...measure, outbox: outboxEntries(facts) };
}

/** What can happen to a measure in force. */
export type MeasureStep =
  | { action: 'renew'; endsAt: Date }
  | { action: 'decline-renewal' }
  | { action: 'revoke'; reason: RevocationReason }
  | { action: 'report-breach'; breachId: string; reassessmentRequestId: string; inExecutingState: boolean }
  | { action: 'remind'; dueAt: Date }
  | { action: 'expire'; at: Date }
  | { action: 'record-recognition'; decision: EpoRecognitionDecision; refusalReason?: EpoRefusalReason; recognisedAt: Date };

/** A step as one update: the new status, the fields it sets, the entry it appends, and the facts it publishes. */
export interface MeasureChange {
  action: MeasureAction;
  status: MeasureStatus;
  set: Partial<Pick<Measure, 'endsAt' | 'revocation' | 'expiredAt'>> & { 'epo.recognition'?: EpoRecognition };
  push: Partial<{ renewals: RenewalDecision; breaches: Breach; reminders: Reminder }>;
  events: CloudEvent[];
}

/**
 * Plans a step: throws MeasureTransitionError when the status table does not allow it, and
 * MeasureConflictError or InvalidMeasureRequestError when the measure or the step's dates do not.
 * Only orders send facts; other measures record the step alone.
 */
export function planStep(measure: Measure, step: MeasureStep, actor: string, at: Date): MeasureChange {
  const status = nextMeasureStatus(measure.status, step.action);
  const orderId = measure._id;
  const order = isOrder(measure.kind);
  const change = (set: MeasureChange['set'], push: MeasureChange['push'], events: CloudEvent[]): MeasureChange => ({
    action: step.action,
    status,
    set,
    push,
    events: order ? events : [],
  });
  switch (step.action) {
    case 'renew': {
      if (measure.endsAt && step.endsAt <= measure.endsAt) {
        throw new InvalidMeasureRequestError(`endsAt must be later than the measure's current end, ${iso(measure.endsAt)}`);
      }
      const decision = { renewed: true, endsAt: step.endsAt, decidedAt: at, decidedBy: actor };
      return change({ endsAt: step.endsAt }, { renewals: decision }, [
        fact(ProtectionOrderRenewalDecidedEvent, measure, at, { orderId, renewed: true, endsAt: iso(step.endsAt), decidedAt: iso(at) }),
      ]);
    }
    case 'decline-renewal':
      return change({}, { renewals: { renewed: false, decidedAt: at, decidedBy: actor } }, [
        fact(ProtectionOrderRenewalDecidedEvent, measure, at, { orderId, renewed: false, decidedAt: iso(at) }),
      ]);
    case 'revoke':
      return change({ revocation: { reason: step.reason, revokedAt: at, revokedBy: actor } }, {}, [
        fact(ProtectionOrderRevokedEvent, measure, at, { orderId, reason: step.reason, revokedAt: iso(at) }),
      ]);
    case 'report-breach': {
      if (!order) throw new MeasureConflictError(`a ${measure.kind} is not an order: breaches are reported on orders`);
      if (step.inExecutingState && !measure.epo) throw new MeasureConflictError(`only a European Protection Order has an executing state; ${orderId} is a ${measure.kind}`);
      const { breachId, reassessmentRequestId, inExecutingState } = step;
      // A breach puts the victim at risk again: it asks at once for an urgent re-assessment.
      return change({}, { breaches: { breachId, reportedAt: at, reportedBy: actor, inExecutingState, reassessmentRequestId } }, [
        fact(ProtectionOrderBreachReportedEvent, measure, at, { orderId, breachId, reportedAt: iso(at) }),
        fact(ReassessmentRequestedEvent, measure, at, { requestId: reassessmentRequestId, reason: 'order-breached', urgent: true, requestedAt: iso(at) }),
      ]);
    }
    case 'remind': {
      if (!measure.endsAt) throw new MeasureConflictError(`measure ${orderId} has no end date to be reminded of`);
      return change({}, { reminders: { dueAt: step.dueAt, remindedAt: at } }, [
        fact(ProtectionOrderExpiringEvent, measure, at, { orderId, endsAt: iso(measure.endsAt), remindedAt: iso(at) }),
      ]);
    }
    case 'expire':
      return change({ expiredAt: step.at }, {}, [fact(ProtectionOrderExpiredEvent, measure, at, { orderId, expiredAt: iso(step.at) })]);
    case 'record-recognition': {
      if (!measure.epo) throw new MeasureConflictError(`measure ${orderId} is a ${measure.kind}, not a European Protection Order`);
      if (measure.epo.recognition) throw new MeasureConflictError(`the executing state's decision on European Protection Order ${orderId} is already recorded`);
      if (step.recognisedAt < measure.epo.issuedAt) throw new InvalidMeasureRequestError(`recognisedAt must not be before the order was issued, ${iso(measure.epo.issuedAt)}`);
      if (step.recognisedAt > at) throw new InvalidMeasureRequestError('recognisedAt must not be in the future');
      if ((step.decision === 'refused') !== (step.refusalReason !== undefined)) {
        throw new InvalidMeasureRequestError('a reason is given when, and only when, the order is refused');
      }
      const recognition = { decision: step.decision, refusalReason: step.refusalReason, recognisedAt: step.recognisedAt, recordedBy: actor };
      return {
        action: step.action,
        status,
        set: { 'epo.recognition': recognition },
        push: {},
        // An EPO is an order, so this fact always goes out.
        events: [fact(EpoRecognisedEvent, measure, at, { epoId: orderId, decision: step.decision, recognisedAt: iso(step.recognisedAt) })],
      };
    }
  }
}

function fact<T extends object>(definition: EventDefinition<T>, measure: Pick<Measure, 'journeyId'>, at: Date, data: T): CloudEvent<T> {
  return buildEvent(definition, { id: randomUUID(), journeyId: measure.journeyId, time: iso(at), data });
}

const iso = (date: Date) => date.toISOString();
