import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { selfReferralReceivedExample } from './self-referral-received.example';
import { SelfReferralChannel, SelfReferralChannels, SelfReferralReceived } from './self-referral-received.payload';

export { SelfReferralChannels, SelfReferralReceived };
export type { SelfReferralChannel };
export const SelfReferralReceivedEvent = defineEvent({
  type: 'harbour.support.self-referral.received.v1',
  topic: Topics.support,
  source: '/harbour/support',
  payload: SelfReferralReceived,
  example: selfReferralReceivedExample,
});
