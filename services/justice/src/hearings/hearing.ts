import { ArrangementRefusalReason, HearingArrangement, HearingKind } from '../justice-vocabulary';
import { JourneyRecord } from '@harbour/messaging';

export const ArrangementStatuses = ['requested', 'granted', 'refused'] as const;
export type ArrangementStatus = (typeof ArrangementStatuses)[number];
export type ArrangementDecision = Exclude<ArrangementStatus, 'requested'>;

/** Which decisions each status allows: a request is answered once. */
export const ArrangementTransitions = {
  requested: ['granted', 'refused'],
  granted: [],
  refused: [],
} as const satisfies Record<ArrangementStatus, readonly ArrangementDecision[]>;

export class ArrangementTransitionError extends Error {
  constructor(arrangement: HearingArrangement, status: ArrangementStatus) {
    super(`the ${arrangement} request was already ${status}`);
    this.name = 'ArrangementTransitionError';
  }
}

/** A measure asked for the victim at the hearing, to be decided by its due date. */
export interface ArrangementRequest {
  arrangement: HearingArrangement;
  dueBy: Date;
  status: ArrangementStatus;
  reasonCode?: ArrangementRefusalReason;
  decidedAt?: Date;
  decidedBy?: string;
}

/** An interview or hearing of the victim, with the interpretation and arrangements it needs. */
export interface Hearing extends JourneyRecord {
  kind: HearingKind;
  scheduledFor: Date;
  interpreterLanguage?: string;
  arrangements: ArrangementRequest[];
  interpretationBooking?: { bookingId: string; bookedAt: Date; bookedBy: string };
  recordedAt: Date;
  recordedBy: string;
}

/** Arrangements need settling before the day: Harbour's default lead, so the court can prepare the room, the link or the dog. */
export const ARRANGEMENT_LEAD_DAYS = 5;

/** The due date of an arrangement request: the lead before the hearing, or at once when the hearing is sooner. */
export function arrangementDueBy(scheduledFor: Date, requestedAt: Date): Date {
  const due = new Date(scheduledFor.getTime() - ARRANGEMENT_LEAD_DAYS * 24 * 3600_000);
  return due > requestedAt ? due : requestedAt;
}

/** The arrangements list after a decision; throws when the request was already answered. */
export function decideArrangement(
  arrangements: readonly ArrangementRequest[],
  arrangement: HearingArrangement,
  decision: { status: ArrangementDecision; reasonCode?: ArrangementRefusalReason },
  decidedBy: string,
  at: Date,
): ArrangementRequest[] | undefined {
  const current = arrangements.find((request) => request.arrangement === arrangement);
  if (!current) return undefined;
  if (!(ArrangementTransitions[current.status] as readonly ArrangementDecision[]).includes(decision.status)) {
    throw new ArrangementTransitionError(arrangement, current.status);
  }
  return arrangements.map((request) =>
    request.arrangement === arrangement
      ? { ...request, status: decision.status, ...(decision.reasonCode ? { reasonCode: decision.reasonCode } : {}), decidedAt: at, decidedBy }
      : request,
  );
}
