import { PossibleDuplicateFound } from './possible-duplicate-found.payload';

export const possibleDuplicateFoundExample: PossibleDuplicateFound = {
  matchId: '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b',
  otherJourneyId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  matchedOn: ['full-name', 'date-of-birth'],
};
