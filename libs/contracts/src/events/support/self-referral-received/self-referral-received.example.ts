import { SelfReferralReceived } from './self-referral-received.payload';

export const selfReferralReceivedExample: SelfReferralReceived = {
  selfReferralId: '5d1f7a2e-3c4b-4e8a-9f60-7b2c1d9e8a43',
  channel: 'helpline',
  receivedAt: '2026-03-02T21:40:00.000Z',
  actingOrganisationId: 'be-116006-helpline',
  country: 'BE',
  language: 'fr',
};
