import { ScreeningCompleted } from './screening-completed.payload';

export const screeningCompletedExample: ScreeningCompleted = {
  screeningId: '2f6a8c1e-3b5d-4e7f-9a0b-1c2d3e4f5a6b',
  completedAt: '2026-03-02T08:30:00.000Z',
  recommendation: 'refer-to-nrm',
  indicatorIds: ['withheld-identity-documents', 'debt-bondage', 'restricted-movement'],
  checklistVersion: '2026.1',
};
