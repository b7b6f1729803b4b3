import { ProtectionOrderBreachReported } from './protection-order-breach-reported.payload';

export const protectionOrderBreachReportedExample: ProtectionOrderBreachReported = {
  orderId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  breachId: '2c4e6a8b-0d1f-4a3c-8e5b-7d9f1b3c5e70',
  reportedAt: '2026-04-10T08:15:00.000Z',
};
