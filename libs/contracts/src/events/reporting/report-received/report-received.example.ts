import { ReportReceived } from './report-received.payload';

export const reportReceivedExample: ReportReceived = {
  reportId: '6f1c2a3e-9b7d-4c1e-8a2b-1d3e5f7a9b0c',
  channel: 'police',
  country: 'BE',
  crimeType: 'trafficking-labour-exploitation',
  language: 'ro',
  formalComplaint: true,
  crimeCountry: 'BE',
  crimeAbroad: false,
  receivedAt: '2026-03-02T09:30:00.000Z',
};
