import { ProtectionOrderIssued } from './protection-order-issued.payload';

export const protectionOrderIssuedExample: ProtectionOrderIssued = {
  orderId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  kind: 'national-protection-order',
  startsAt: '2026-03-05T00:00:00.000Z',
  endsAt: '2026-09-05T00:00:00.000Z',
};
