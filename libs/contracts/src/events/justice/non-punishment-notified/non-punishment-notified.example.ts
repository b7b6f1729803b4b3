import { NonPunishmentNotified } from './non-punishment-notified.payload';

export const nonPunishmentNotifiedExample: NonPunishmentNotified = {
  flagId: '9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b',
  notifiedAt: '2026-04-02T13:45:00.000Z',
};
