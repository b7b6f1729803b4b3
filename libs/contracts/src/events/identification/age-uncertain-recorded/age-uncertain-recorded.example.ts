import { AgeUncertainRecorded } from './age-uncertain-recorded.payload';

export const ageUncertainRecordedExample: AgeUncertainRecorded = {
  assessmentReason: 'no-documents',
  recordedAt: '2026-03-02T09:00:00.000Z',
};
