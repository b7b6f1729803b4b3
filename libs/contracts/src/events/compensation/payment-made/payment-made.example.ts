import { PaymentMade } from './payment-made.payload';

export const paymentMadeExample: PaymentMade = {
  claimId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  paymentId: '0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b',
  paidAt: '2026-07-01T08:00:00.000Z',
};
