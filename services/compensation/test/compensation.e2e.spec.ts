import { CompensationOutcomes, CompensationSchemes, HeadsOfLoss, SupportingDocumentKinds } from '@harbour/contracts';
import { createOpenApiDocument } from '@harbour/service-runtime';
import { describeServiceConformance } from '@harbour/testing';
import { CompensationModule } from '../src/app.module';
import { checklistVocabulary } from '../src/claims/compensation-schemes';
import { http, startCompensationService, stopCompensationService } from './support/compensation-testbed';

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

describe('compensation OpenAPI document', () => {
  it('is served exactly as the integration kit builds it without starting the service', async () => {
    const app = await startCompensationService();
    try {
      const { body } = await http(app).get('/openapi.json').expect(200);
      expect(body).toEqual(await createOpenApiDocument(CompensationModule, 'compensation'));
    } finally {
      await stopCompensationService(app);
    }
  });
});
