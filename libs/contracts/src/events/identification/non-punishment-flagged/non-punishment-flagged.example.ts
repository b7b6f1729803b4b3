import { NonPunishmentFlagged } from './non-punishment-flagged.payload';

export const nonPunishmentFlaggedExample: NonPunishmentFlagged = {
  flagId: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a',
  flaggedAt: '2026-03-03T10:00:00.000Z',
  offenceCategory: 'drug-production',
};
