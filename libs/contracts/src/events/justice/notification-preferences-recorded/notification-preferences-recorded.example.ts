import { NotificationPreferencesRecorded } from './notification-preferences-recorded.payload';

export const notificationPreferencesRecordedExample: NotificationPreferencesRecorded = {
  wantsCaseUpdates: true,
  wantsReleaseNotices: true,
  language: 'ro',
  recordedAt: '2026-03-03T10:00:00.000Z',
};
