import { InterpretationBooked } from './interpretation-booked.payload';

export const interpretationBookedExample: InterpretationBooked = {
  hearingId: '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e',
  bookingId: '1f2e3d4c-5b6a-4798-8a6b-5c4d3e2f1a0b',
  bookedAt: '2026-05-22T08:15:00.000Z',
};
