import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { claimOpenedExample } from './claim-opened.example';
import { ClaimOpened } from './claim-opened.payload';

export { ClaimOpened };
export const ClaimOpenedEvent = defineEvent({
  type: 'harbour.compensation.claim.opened.v1',
  topic: Topics.compensation,
  source: '/harbour/compensation',
  payload: ClaimOpened,
  example: claimOpenedExample,
});
