import { ApplicationAcknowledged } from './application-acknowledged.payload';

export const applicationAcknowledgedExample: ApplicationAcknowledged = {
  claimId: '3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
  acknowledgedAt: '2026-03-30T10:00:00.000Z',
  estimatedDecisionBy: '2026-09-30T00:00:00.000Z',
};
