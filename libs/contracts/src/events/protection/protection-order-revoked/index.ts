import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { protectionOrderRevokedExample } from './protection-order-revoked.example';
import { ProtectionOrderRevoked } from './protection-order-revoked.payload';

export { ProtectionOrderRevoked };
export const ProtectionOrderRevokedEvent = defineEvent({
  type: 'harbour.protection.order.revoked.v1',
  topic: Topics.protection,
  source: '/harbour/protection',
  payload: ProtectionOrderRevoked,
  example: protectionOrderRevokedExample,
});
