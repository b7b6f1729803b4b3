import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { referralDeclinedExample } from './referral-declined.example';
import { ReferralDeclined } from './referral-declined.payload';

export { ReferralDeclined };
export const ReferralDeclinedEvent = defineEvent({
  type: 'harbour.support.referral.declined.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: ReferralDeclined,
  example: referralDeclinedExample,
});
