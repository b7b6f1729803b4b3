import { ConclusiveGroundsDecided } from './conclusive-grounds-decided.payload';

export const conclusiveGroundsDecidedExample: ConclusiveGroundsDecided = {
  nrmReferralId: '6b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  decision: 'positive',
  decidedAt: '2026-04-06T11:00:00.000Z',
  requestedByPerson: false,
};
