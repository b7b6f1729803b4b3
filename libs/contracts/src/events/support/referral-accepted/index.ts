import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { referralAcceptedExample } from './referral-accepted.example';
import { ReferralAccepted } from './referral-accepted.payload';

export { ReferralAccepted };
export const ReferralAcceptedEvent = defineEvent({
  type: 'harbour.support.referral.accepted.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: ReferralAccepted,
  example: referralAcceptedExample,
});
