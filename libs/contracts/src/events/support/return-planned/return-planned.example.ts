import { ReturnPlanned } from './return-planned.payload';

export const returnPlannedExample: ReturnPlanned = {
  returnId: '9c2d4e6f-8a0b-4c1d-9e2f-3a4b5c6d7e8f',
  toCountry: 'NL',
  departureDate: '2026-04-20T08:00:00.000Z',
  plannedAt: '2026-03-20T09:00:00.000Z',
};
