import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { protectionOrderIssuedExample } from './protection-order-issued.example';
import { ProtectionOrderIssued } from './protection-order-issued.payload';

export { ProtectionOrderIssued };
export const ProtectionOrderIssuedEvent = defineEvent({
  type: 'harbour.protection.order.issued.v1',
  topic: Topics.protection,
  source: '/harbour/protection',
  payload: ProtectionOrderIssued,
  example: protectionOrderIssuedExample,
});
