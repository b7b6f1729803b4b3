import { AssessmentCompleted } from './assessment-completed.payload';

export const assessmentCompletedExample: AssessmentCompleted = {
  assessmentId: '3d5f7b9a-2c4e-4a6b-8d0f-1e3a5c7e9b2d',
  riskLevel: 'high',
  completedAt: '2026-03-04T15:00:00.000Z',
  riskGrade: 'high',
  specificProtectionNeeds: true,
  answersRequestIds: ['4b7e2d1c-8f3a-4c6e-9d2b-7a1e5c3f8b60'],
};
