import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { referralCompletedExample } from './referral-completed.example';
import { ReferralCompleted } from './referral-completed.payload';

export { ReferralCompleted };
export const ReferralCompletedEvent = defineEvent({
  type: 'harbour.support.referral.completed.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: ReferralCompleted,
  example: referralCompletedExample,
});
