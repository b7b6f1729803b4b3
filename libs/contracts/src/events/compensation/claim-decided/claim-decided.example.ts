import { ClaimDecided } from './claim-decided.payload';

export const claimDecidedExample: ClaimDecided = {
  claimId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  outcome: 'partly-granted',
  decidedAt: '2026-06-10T09:00:00.000Z',
  appealDeadline: '2026-07-10T09:00:00.000Z',
};
