import { ProceedingMilestoneRecorded } from './proceeding-milestone-recorded.payload';

export const proceedingMilestoneRecordedExample: ProceedingMilestoneRecorded = {
  milestoneId: '8a1b2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d',
  milestone: 'charges-brought',
  recordedAt: '2026-05-11T09:00:00.000Z',
};
