import { ReferralAccepted } from './referral-accepted.payload';

export const referralAcceptedExample: ReferralAccepted = {
  referralId: '0b7e3c52-4a1d-4f6e-9c8b-2e4a6c8e0f12',
  organisationId: 'be-payoke',
  acceptedAt: '2026-03-02T15:00:00.000Z',
};
