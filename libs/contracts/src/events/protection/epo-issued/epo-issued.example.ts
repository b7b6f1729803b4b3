import { EpoIssued } from './epo-issued.payload';

export const epoIssuedExample: EpoIssued = {
  epoId: '6a8c0e2f-4b1d-4e7a-9c3f-5d7b9e1a3c50',
  executingCountry: 'NL',
  issuedAt: '2026-05-02T10:00:00.000Z',
};
