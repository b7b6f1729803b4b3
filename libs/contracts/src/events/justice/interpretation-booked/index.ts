import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { interpretationBookedExample } from './interpretation-booked.example';
import { InterpretationBooked } from './interpretation-booked.payload';

export { InterpretationBooked };
export const InterpretationBookedEvent = defineEvent({
  type: 'harbour.justice.interpretation.booked.v1',
  topic: Topics.justice,
  source: '/harbour/justice',
  payload: InterpretationBooked,
  example: interpretationBookedExample,
});
