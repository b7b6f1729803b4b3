import { ReassessmentRequested } from './reassessment-requested.payload';

export const reassessmentRequestedExample: ReassessmentRequested = {
  requestId: '4b7e2d1c-8f3a-4c6e-9d2b-7a1e5c3f8b60',
  reason: 'order-breached',
  urgent: true,
  requestedAt: '2026-04-10T08:15:00.000Z',
};
