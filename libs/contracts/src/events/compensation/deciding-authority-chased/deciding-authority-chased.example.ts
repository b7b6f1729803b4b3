import { DecidingAuthorityChased } from './deciding-authority-chased.payload';

export const decidingAuthorityChasedExample: DecidingAuthorityChased = {
  claimId: '3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
  chaseId: '9f8e7d6c-5b4a-4c3d-9e2f-1a0b9c8d7e6f',
  chasedAt: '2026-03-31T10:00:00.000Z',
};
