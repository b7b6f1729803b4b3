import { GuardianAppointed } from './guardian-appointed.payload';

export const guardianAppointedExample: GuardianAppointed = {
  guardianAppointmentId: '8c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f',
  appointedAt: '2026-03-02T15:00:00.000Z',
};
