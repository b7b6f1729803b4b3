import { ReferralDeclined } from './referral-declined.payload';

export const referralDeclinedExample: ReferralDeclined = {
  referralId: '0b7e3c52-4a1d-4f6e-9c8b-2e4a6c8e0f12',
  organisationId: 'be-payoke',
  reason: 'no-capacity',
  declinedAt: '2026-03-02T12:00:00.000Z',
};
