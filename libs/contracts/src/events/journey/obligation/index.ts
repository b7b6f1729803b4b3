import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { obligationFactExample } from './obligation-fact.example';
import { ObligationClosedFact, ObligationFact } from './obligation-fact.payload';

export { ObligationClosedFact, ObligationFact };
export { ClosedObligationOutcomes, ObligationReasonCodes } from './obligation-fact.payload';
export type { ObligationReasonCode } from './obligation-fact.payload';

/** Met with evidence before its due time. */
export const ObligationMetEvent = defineEvent({
  type: 'harbour.journey.obligation.met.v1',
  topic: Topics.journey,
  source: '/harbour/journeys',
  payload: ObligationFact,
  example: obligationFactExample,
});

/** Its due time passed without evidence: never silent. */
export const ObligationMissedEvent = defineEvent({
  type: 'harbour.journey.obligation.missed.v1',
  topic: Topics.journey,
  source: '/harbour/journeys',
  payload: ObligationFact,
  example: obligationFactExample,
});

/** Closed otherwise than met or missed: breached, declined by the victim, ended, revoked or cancelled. */
export const ObligationClosedEvent = defineEvent({
  type: 'harbour.journey.obligation.closed.v1',
  topic: Topics.journey,
  source: '/harbour/journeys',
  payload: ObligationClosedFact,
  example: { ...obligationFactExample, outcome: 'declined-by-victim', reasonCode: 'victim-declined' } as ObligationClosedFact,
});
