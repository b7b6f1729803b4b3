import { GuardianRequested } from './guardian-requested.payload';

export const guardianRequestedExample: GuardianRequested = {
  guardianRequestId: '4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d',
  requestedAt: '2026-03-02T09:15:00.000Z',
};
