import { ReferralStarted } from './referral-started.payload';

export const referralStartedExample: ReferralStarted = {
  referralId: '0b7e3c52-4a1d-4f6e-9c8b-2e4a6c8e0f12',
  organisationId: 'be-payoke',
  startedAt: '2026-03-03T10:00:00.000Z',
};
