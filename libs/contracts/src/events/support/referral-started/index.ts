import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { referralStartedExample } from './referral-started.example';
import { ReferralStarted } from './referral-started.payload';

export { ReferralStarted };
export const ReferralStartedEvent = defineEvent({
  type: 'harbour.support.referral.started.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: ReferralStarted,
  example: referralStartedExample,
});
