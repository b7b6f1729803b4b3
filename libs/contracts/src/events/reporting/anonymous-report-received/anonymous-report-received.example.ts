import { AnonymousReportReceived } from './anonymous-report-received.payload';

export const anonymousReportReceivedExample: AnonymousReportReceived = {
  reportId: '9a4e2c7b-1f3d-4b8a-9e6c-5d2f1a0b3c4e',
  receivedAt: '2026-03-02T21:05:00.000Z',
  country: 'BE',
  crimeType: 'trafficking-sexual-exploitation',
};
