import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { referralOfferedExample } from './referral-offered.example';
import { ReferralOffered } from './referral-offered.payload';

export { ReferralOffered };
export const ReferralOfferedEvent = defineEvent({
  type: 'harbour.support.referral.offered.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: ReferralOffered,
  example: referralOfferedExample,
});
