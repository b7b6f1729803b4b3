import { ProtectionOrderRenewalDecided } from './protection-order-renewal-decided.payload';

export const protectionOrderRenewalDecidedExample: ProtectionOrderRenewalDecided = {
  orderId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  renewed: true,
  endsAt: '2027-03-05T00:00:00.000Z',
  decidedAt: '2026-08-28T10:00:00.000Z',
};
