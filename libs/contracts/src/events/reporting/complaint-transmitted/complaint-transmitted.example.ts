import { ComplaintTransmitted } from './complaint-transmitted.payload';

export const complaintTransmittedExample: ComplaintTransmitted = {
  reportId: '6f1c2a3e-9b7d-4c1e-8a2b-1d3e5f7a9b0c',
  transmissionId: '0b6f3c1d-7e2a-4f59-9c3b-2a1d8e7f6c5b',
  toCountry: 'NL',
  transmittedAt: '2026-03-03T10:15:00.000Z',
};
