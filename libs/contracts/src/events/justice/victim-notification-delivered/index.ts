import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { victimNotificationDeliveredExample } from './victim-notification-delivered.example';
import { VictimNotificationDelivered } from './victim-notification-delivered.payload';

export { VictimNotificationDelivered };
export const VictimNotificationDeliveredEvent = defineEvent({
  type: 'harbour.justice.victim-notification.delivered.v1',
  topic: Topics.justice,
  source: '/harbour/justice',
  payload: VictimNotificationDelivered,
  example: victimNotificationDeliveredExample,
});
