import { ProtectionOrderExpiring } from './protection-order-expiring.payload';

export const protectionOrderExpiringExample: ProtectionOrderExpiring = {
  orderId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  endsAt: '2026-09-05T00:00:00.000Z',
  remindedAt: '2026-08-29T00:00:00.000Z',
};
