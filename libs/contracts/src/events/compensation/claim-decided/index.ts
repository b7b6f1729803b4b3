import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { claimDecidedExample } from './claim-decided.example';
import { ClaimDecided } from './claim-decided.payload';

export { ClaimDecided };
export const ClaimDecidedEvent = defineEvent({
  type: 'harbour.compensation.claim.decided.v1',
  topic: Topics.compensation,
  source: '/harbour/compensation',
  payload: ClaimDecided,
  example: claimDecidedExample,
});
