import { ProtectionOrderExpired } from './protection-order-expired.payload';

export const protectionOrderExpiredExample: ProtectionOrderExpired = {
  orderId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  expiredAt: '2026-09-05T00:00:00.000Z',
};
