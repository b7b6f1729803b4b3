import { ReferralOffered } from './referral-offered.payload';

export const referralOfferedExample: ReferralOffered = {
  referralId: '0b7e3c52-4a1d-4f6e-9c8b-2e4a6c8e0f12',
  organisationId: 'be-payoke',
  specialism: 'labour-exploitation',
  attempt: 1,
  helpline: false,
  offeredAt: '2026-03-02T09:31:00.000Z',
  acceptBy: '2026-03-04T09:31:00.000Z',
};
