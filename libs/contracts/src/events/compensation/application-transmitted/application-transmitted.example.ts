import { ApplicationTransmitted } from './application-transmitted.payload';

export const applicationTransmittedExample: ApplicationTransmitted = {
  claimId: '3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
  decidingCountry: 'ES',
  transmittedAt: '2026-03-09T10:00:00.000Z',
};
