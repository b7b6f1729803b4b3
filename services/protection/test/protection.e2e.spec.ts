import {
  EpoRecognitionDecisions,
  EpoRefusalReasons,
  ProtectionMeasureKinds,
  ProtectionOrderKinds,
  ReassessmentReasons,
  RevocationReasons,
  RiskGrades,
  RiskLevelForGrade,
} from '@harbour/contracts';
import { describeServiceConformance } from '@harbour/testing';
import { NeededMeasures } from '../src/questionnaire/questionnaire';
import { startProtectionService, stopProtectionService } from './support/protection-testbed';

describeServiceConformance({
  context: 'protection',
  start: startProtectionService,
  stop: stopProtectionService,
  reader: { roles: ['protection-officer'] },
  outsider: { roles: ['compensation-officer'] },
  vocabularies: {
    riskGrades: [...RiskGrades],
    riskLevelForGrade: RiskLevelForGrade,
    neededMeasures: [...NeededMeasures],
    reassessmentReasons: [...ReassessmentReasons],
    measureKinds: [...ProtectionMeasureKinds],
    orderKinds: [...ProtectionOrderKinds],
    revocationReasons: [...RevocationReasons],
    epoRecognitionDecisions: [...EpoRecognitionDecisions],
    epoRefusalReasons: [...EpoRefusalReasons],
  },
  paths: [
    '/questionnaire',
    '/journeys/{journeyId}/assessments',
    '/assessments/{id}',
    '/journeys/{journeyId}/risk-level',
    '/journeys/{journeyId}/reassessment-requests',
    '/journeys/{journeyId}/measures',
    '/measures/{id}',
    '/measures/{id}/renewal',
    '/measures/{id}/revocation',
    '/measures/{id}/breaches',
    '/journeys/{journeyId}/european-protection-orders',
    '/european-protection-orders/{id}/recognition',
  ],
});
