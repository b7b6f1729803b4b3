import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { obligationFactExample } from './obligation-fact.example';
import { ObligationFact } from './obligation-fact.payload';

export { ObligationFact };

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
