import { VictimNotificationQueued } from './victim-notification-queued.payload';

export const victimNotificationQueuedExample: VictimNotificationQueued = {
  milestoneId: '8a1b2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d',
  channel: 'sms',
  language: 'ro',
  queuedAt: '2026-05-11T13:40:00.000Z',
};
