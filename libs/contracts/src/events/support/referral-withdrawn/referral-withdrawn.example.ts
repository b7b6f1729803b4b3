import { ReferralWithdrawn } from './referral-withdrawn.payload';

export const referralWithdrawnExample: ReferralWithdrawn = {
  referralId: '0b7e3c52-4a1d-4f6e-9c8b-2e4a6c8e0f12',
  organisationId: 'be-payoke',
  reason: 'not-accepted-in-time',
  withdrawnAt: '2026-03-04T09:31:00.000Z',
};
