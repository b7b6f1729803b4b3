import { AppealLodged } from './appeal-lodged.payload';

export const appealLodgedExample: AppealLodged = {
  claimId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  appealId: '5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  lodgedAt: '2026-06-20T11:00:00.000Z',
};
