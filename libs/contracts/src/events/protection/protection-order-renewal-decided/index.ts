import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { protectionOrderRenewalDecidedExample } from './protection-order-renewal-decided.example';
import { ProtectionOrderRenewalDecided } from './protection-order-renewal-decided.payload';

export { ProtectionOrderRenewalDecided };
export const ProtectionOrderRenewalDecidedEvent = defineEvent({
  type: 'harbour.protection.order.renewal-decided.v1',
  topic: Topics.protection,
  source: '/harbour/protection',
  payload: ProtectionOrderRenewalDecided,
  example: protectionOrderRenewalDecidedExample,
});
