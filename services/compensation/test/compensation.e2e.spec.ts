import { CompensationOutcomes, CompensationSchemes, HeadsOfLoss, SupportingDocumentKinds } from '@harbour/contracts';
import { describeServiceConformance } from '@harbour/testing';
import { checklistVocabulary } from '../src/claims/compensation-schemes';
import { startCompensationService, stopCompensationService } from './support/compensation-testbed';

describeServiceConformance({
  context: 'compensation',
  start: startCompensationService,
  stop: stopCompensationService,
  reader: { roles: ['compensation-officer'] },
  outsider: { roles: ['protection-officer'] },
  vocabularies: {
    compensationSchemes: CompensationSchemes,
    compensationOutcomes: CompensationOutcomes,
    headsOfLoss: HeadsOfLoss,
    supportingDocumentKinds: SupportingDocumentKinds,
    supportingDocumentChecklists: checklistVocabulary(),
  },
  paths: [
    '/journeys/{journeyId}/claims',
    '/journeys/{journeyId}/cross-border-applications',
    '/claims/{claimId}',
    '/claims/{claimId}/documents',
    '/claims/{claimId}/submission',
    '/claims/{claimId}/decision',
    '/claims/{claimId}/payment',
    '/claims/{claimId}/appeal',
    '/claims/{claimId}/transmission',
    '/claims/{claimId}/chases',
    '/claims/{claimId}/acknowledgement',
  ],
});
