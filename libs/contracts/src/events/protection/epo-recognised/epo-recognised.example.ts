import { EpoRecognised } from './epo-recognised.payload';

export const epoRecognisedExample: EpoRecognised = {
  epoId: '6a8c0e2f-4b1d-4e7a-9c3f-5d7b9e1a3c50',
  decision: 'recognised',
  recognisedAt: '2026-05-09T14:00:00.000Z',
};
