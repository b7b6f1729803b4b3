import { randomUUID } from 'node:crypto';
import { buildEvent, ReassessmentReason, ReassessmentRequestedEvent } from '@harbour/contracts';
import { outboxEntries, WithOutbox } from '@harbour/messaging';

/**
 * A request to assess a journey's protection needs again. The next assessment of the journey
 * answers every request made since the one before it, so a request holds no status of its own.
 */
export interface ReassessmentRequest extends WithOutbox {
  _id: string;
  journeyId: string;
  reason: ReassessmentReason;
  urgent: boolean;
  requestedAt: Date;
  requestedBy: string;
  /** The breach of an order that asked for it, when one did. */
  breach?: { orderId: string; breachId: string };
}

export interface NewReassessmentRequest {
  journeyId: string;
  reason: ReassessmentReason;
  urgent: boolean;
  requestedBy: string;
}

/** A request with its ReassessmentRequested fact in its outbox. */
export function requestReassessment(draft: NewReassessmentRequest, at: Date): ReassessmentRequest {
  const requestId = randomUUID();
  const event = buildEvent(ReassessmentRequestedEvent, {
    id: randomUUID(),
    journeyId: draft.journeyId,
    time: at.toISOString(),
    data: { requestId, reason: draft.reason, urgent: draft.urgent, requestedAt: at.toISOString() },
  });
  return { _id: requestId, ...draft, requestedAt: at, outbox: outboxEntries([event]) };
}
