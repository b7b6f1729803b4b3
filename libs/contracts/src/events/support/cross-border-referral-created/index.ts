import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { crossBorderReferralCreatedExample } from './cross-border-referral-created.example';
import { CrossBorderReferralCreated } from './cross-border-referral-created.payload';

export { CrossBorderReferralCreated };
export const CrossBorderReferralCreatedEvent = defineEvent({
  type: 'harbour.support.cross-border-referral.created.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: CrossBorderReferralCreated,
  example: crossBorderReferralCreatedExample,
});
