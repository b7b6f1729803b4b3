import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { referralWithdrawnExample } from './referral-withdrawn.example';
import { ReferralWithdrawn } from './referral-withdrawn.payload';

export { ReferralWithdrawn };
export const ReferralWithdrawnEvent = defineEvent({
  type: 'harbour.support.referral.withdrawn.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: ReferralWithdrawn,
  example: referralWithdrawnExample,
});
