import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { protectionOrderExpiredExample } from './protection-order-expired.example';
import { ProtectionOrderExpired } from './protection-order-expired.payload';

export { ProtectionOrderExpired };
export const ProtectionOrderExpiredEvent = defineEvent({
  type: 'harbour.protection.order.expired.v1',
  topic: Topics.protection,
  source: '/harbour/protection',
  payload: ProtectionOrderExpired,
  example: protectionOrderExpiredExample,
});
