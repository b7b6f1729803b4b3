import { ComplaintAcknowledged } from './complaint-acknowledged.payload';

export const complaintAcknowledgedExample: ComplaintAcknowledged = {
  reportId: '6f1c2a3e-9b7d-4c1e-8a2b-1d3e5f7a9b0c',
  language: 'ro',
  acknowledgedAt: '2026-03-02T16:00:00.000Z',
};
