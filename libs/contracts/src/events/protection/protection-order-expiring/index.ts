import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { protectionOrderExpiringExample } from './protection-order-expiring.example';
import { ProtectionOrderExpiring } from './protection-order-expiring.payload';

export { ProtectionOrderExpiring };
export const ProtectionOrderExpiringEvent = defineEvent({
  type: 'harbour.protection.order.expiring.v1',
  topic: Topics.protection,
  source: '/harbour/protection',
  payload: ProtectionOrderExpiring,
  example: protectionOrderExpiringExample,
});
