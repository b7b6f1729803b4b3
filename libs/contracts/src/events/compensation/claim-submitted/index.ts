import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { claimSubmittedExample } from './claim-submitted.example';
import { ClaimSubmitted } from './claim-submitted.payload';

export { ClaimSubmitted };
export const ClaimSubmittedEvent = defineEvent({
  type: 'harbour.compensation.claim.submitted.v1',
  topic: Topics.compensation,
  source: '/harbour/compensation',
  payload: ClaimSubmitted,
  example: claimSubmittedExample,
});
