import { JourneysMerged } from './journeys-merged.payload';

export const journeysMergedExample: JourneysMerged = {
  mergeId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  mergedJourneyId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  survivingJourneyId: '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f',
  mergedAt: '2026-03-04T13:00:00.000Z',
};
