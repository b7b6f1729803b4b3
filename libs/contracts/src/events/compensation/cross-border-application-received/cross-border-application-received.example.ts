import { CrossBorderApplicationReceived } from './cross-border-application-received.payload';

export const crossBorderApplicationReceivedExample: CrossBorderApplicationReceived = {
  claimId: '3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
  assistingCountry: 'RO',
  decidingCountry: 'BE',
  receivedAt: '2026-03-02T10:00:00.000Z',
};
