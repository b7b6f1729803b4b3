import { SupportPlanAgreed } from './support-plan-agreed.payload';

export const supportPlanAgreedExample: SupportPlanAgreed = {
  referralId: '0b7e3c52-4a1d-4f6e-9c8b-2e4a6c8e0f12',
  planId: '6a1f7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  agreedAt: '2026-03-05T11:00:00.000Z',
  reviewBy: '2026-06-05T00:00:00.000Z',
};
