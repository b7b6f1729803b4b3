import { VictimNotificationDelivered } from './victim-notification-delivered.payload';

export const victimNotificationDeliveredExample: VictimNotificationDelivered = {
  milestoneId: '8a1b2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d',
  channel: 'phone',
  language: 'ro',
  deliveredAt: '2026-05-11T14:00:00.000Z',
};
