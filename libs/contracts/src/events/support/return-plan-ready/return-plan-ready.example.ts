import { ReturnPlanReady } from './return-plan-ready.payload';

export const returnPlanReadyExample: ReturnPlanReady = {
  returnId: '9c2d4e6f-8a0b-4c1d-9e2f-3a4b5c6d7e8f',
  readyAt: '2026-04-02T14:00:00.000Z',
  crossBorderReferralId: '1e3f5a7c-9b0d-4e2f-8a4c-6e8a0c2e4f6a',
};
