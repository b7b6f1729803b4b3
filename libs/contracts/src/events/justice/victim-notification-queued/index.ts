import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { victimNotificationQueuedExample } from './victim-notification-queued.example';
import { VictimNotificationQueued } from './victim-notification-queued.payload';

export { VictimNotificationQueued };
export const VictimNotificationQueuedEvent = defineEvent({
  type: 'harbour.justice.victim-notification.queued.v1',
  topic: Topics.justice,
  source: '/harbour/justice',
  payload: VictimNotificationQueued,
  example: victimNotificationQueuedExample,
});
