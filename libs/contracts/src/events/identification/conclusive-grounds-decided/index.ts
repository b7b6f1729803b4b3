import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { conclusiveGroundsDecidedExample } from './conclusive-grounds-decided.example';
import { ConclusiveGroundsDecided } from './conclusive-grounds-decided.payload';

export { ConclusiveGroundsDecided };
export const ConclusiveGroundsDecidedEvent = defineEvent({
  type: 'harbour.identification.conclusive-grounds.decided.v1',
  topic: Topics.identification,
  source: '/harbour/identification',
  payload: ConclusiveGroundsDecided,
  example: conclusiveGroundsDecidedExample,
});
