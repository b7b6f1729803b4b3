import { AcknowledgementTranslationRequested } from './acknowledgement-translation-requested.payload';

export const acknowledgementTranslationRequestedExample: AcknowledgementTranslationRequested = {
  reportId: '6f1c2a3e-9b7d-4c1e-8a2b-1d3e5f7a9b0c',
  writtenIn: 'en',
  into: 'ro',
  requestedAt: '2026-03-02T16:00:00.000Z',
};
