import { ReferralCompleted } from './referral-completed.payload';

export const referralCompletedExample: ReferralCompleted = {
  referralId: '0b7e3c52-4a1d-4f6e-9c8b-2e4a6c8e0f12',
  organisationId: 'be-payoke',
  completedAt: '2026-09-30T16:00:00.000Z',
};
