import { ReportLinkedToJourney } from './report-linked-to-journey.payload';

export const reportLinkedToJourneyExample: ReportLinkedToJourney = {
  reportId: '9a4e2c7b-1f3d-4b8a-9e6c-5d2f1a0b3c4e',
  linkedAt: '2026-03-09T14:20:00.000Z',
};
