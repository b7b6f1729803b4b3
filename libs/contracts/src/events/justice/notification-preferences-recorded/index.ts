import { Topics } from '../../../topics/topics';
import { defineEvent } from '../../event-definition';
import { notificationPreferencesRecordedExample } from './notification-preferences-recorded.example';
import { NotificationPreferencesRecorded } from './notification-preferences-recorded.payload';

export { NotificationPreferencesRecorded };
export const NotificationPreferencesRecordedEvent = defineEvent({
  type: 'harbour.justice.notification-preferences.recorded.v1',
  topic: Topics.justice,
  source: '/harbour/justice',
  payload: NotificationPreferencesRecorded,
  example: notificationPreferencesRecordedExample,
});
