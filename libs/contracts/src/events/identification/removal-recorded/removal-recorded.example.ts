import { RemovalRecorded } from './removal-recorded.payload';

export const removalRecordedExample: RemovalRecorded = {
  nrmReferralId: '6b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  removedAt: '2026-04-02T06:00:00.000Z',
  recordedAt: '2026-04-02T09:00:00.000Z',
};
