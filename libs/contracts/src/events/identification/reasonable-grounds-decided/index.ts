import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { reasonableGroundsDecidedExample } from './reasonable-grounds-decided.example';
import { ReasonableGroundsDecided } from './reasonable-grounds-decided.payload';

export { ReasonableGroundsDecided };
export const ReasonableGroundsDecidedEvent = defineEvent({
  type: 'harbour.identification.reasonable-grounds.decided.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: ReasonableGroundsDecided,
  example: reasonableGroundsDecidedExample,
});
