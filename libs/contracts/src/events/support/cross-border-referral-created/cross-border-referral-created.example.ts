import { CrossBorderReferralCreated } from './cross-border-referral-created.payload';

export const crossBorderReferralCreatedExample: CrossBorderReferralCreated = {
  crossBorderReferralId: '1e3f5a7c-9b0d-4e2f-8a4c-6e8a0c2e4f6a',
  toCountry: 'NL',
  organisationId: 'nl-anchor-rotterdam',
  createdAt: '2026-04-02T14:00:00.000Z',
};
