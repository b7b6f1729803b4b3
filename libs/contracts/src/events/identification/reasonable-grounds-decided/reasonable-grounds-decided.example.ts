import { ReasonableGroundsDecided } from './reasonable-grounds-decided.payload';

export const reasonableGroundsDecidedExample: ReasonableGroundsDecided = {
  nrmReferralId: '6b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  decision: 'positive',
  decidedAt: '2026-03-05T14:00:00.000Z',
};
