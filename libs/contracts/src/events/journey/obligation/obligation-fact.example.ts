import { ObligationFact } from './obligation-fact.payload';

export const obligationFactExample: ObligationFact = {
  obligationId: 'vrd-4-information#1',
  ruleId: 'vrd-4-information',
  rulePack: 'eu-baseline@1',
  legalBasis: 'Directive 2012/29/EU Art 4',
  basis: 'default',
  dueAt: '2026-03-03T09:30:00.000Z',
  at: '2026-03-03T09:30:00.000Z',
  reasonCode: 'evidence-received',
};
