import { NrmReferralSubmitted } from './nrm-referral-submitted.payload';

export const nrmReferralSubmittedExample: NrmReferralSubmitted = {
  nrmReferralId: '6b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  consent: 'recorded',
  submittedAt: '2026-03-02T10:00:00.000Z',
};
