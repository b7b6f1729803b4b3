import { ProtectionOrderRevoked } from './protection-order-revoked.payload';

export const protectionOrderRevokedExample: ProtectionOrderRevoked = {
  orderId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  reason: 'court-decision',
  revokedAt: '2026-06-01T09:00:00.000Z',
};
