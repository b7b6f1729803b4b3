import { ClaimSubmitted } from './claim-submitted.payload';

export const claimSubmittedExample: ClaimSubmitted = {
  claimId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  submittedAt: '2026-03-20T14:00:00.000Z',
  complete: true,
};
