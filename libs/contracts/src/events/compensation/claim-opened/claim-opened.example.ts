import { ClaimOpened } from './claim-opened.payload';

export const claimOpenedExample: ClaimOpened = {
  claimId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  scheme: 'state-fund',
  crimeDate: '2025-11-14T00:00:00.000Z',
  openedAt: '2026-03-02T10:00:00.000Z',
};
