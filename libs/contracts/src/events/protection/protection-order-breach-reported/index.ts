import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { protectionOrderBreachReportedExample } from './protection-order-breach-reported.example';
import { ProtectionOrderBreachReported } from './protection-order-breach-reported.payload';

export { ProtectionOrderBreachReported };
export const ProtectionOrderBreachReportedEvent = defineEvent({
  type: 'harbour.protection.order.breach-reported.v1',
  topic: Topics.protection,
  source: '/harbour/protection',
  payload: ProtectionOrderBreachReported,
  example: protectionOrderBreachReportedExample,
});
