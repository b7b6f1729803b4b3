import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
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
import { MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { AuditLogModule, JOURNEY_PARTICIPANTS_MODEL, ParticipationModule, SecurityModule } from '@harbour/security';
import { HealthModule, KafkaBrokerCheck, MongoConnectionCheck, provideConfig, ReferenceModule } from '@harbour/service-runtime';
import { AssessProtectionNeeds } from './assessments/assess-protection-needs';
import { ASSESSMENT_MODEL, assessmentSchema } from './assessments/assessment.schema';
import { AssessmentRepository } from './assessments/assessment.repository';
import { AssessmentsController } from './assessments/assessments.controller';
import { EuropeanProtectionOrdersController } from './european-protection-orders/european-protection-orders.controller';
import { IssueEpo } from './european-protection-orders/issue-epo';
import { ExpireEndedMeasures } from './expiry/expire-ended-measures';
import { ExpireOrder } from './expiry/expire-order';
import { ProtectionActivityWorker } from './expiry/protection-activity-worker';
import { RemindOrderRenewal } from './expiry/remind-order-renewal';
import { ChangeMeasure } from './measures/change-measure';
import { MEASURE_MODEL, measureSchema } from './measures/measure.schema';
import { MeasureRepository } from './measures/measure.repository';
import { MeasuresController } from './measures/measures.controller';
import { ReportBreach } from './measures/report-breach';
import { TakeMeasure } from './measures/take-measure';
import { ProtectionConfig } from './protection-config';
import { NeededMeasures } from './questionnaire/questionnaire';
import { QuestionnaireController } from './questionnaire/questionnaire.controller';
import { REASSESSMENT_REQUEST_MODEL, reassessmentRequestSchema } from './reassessments/reassessment-request.schema';
import { ReassessmentRequestRepository } from './reassessments/reassessment-request.repository';
import { ReassessmentsController } from './reassessments/reassessments.controller';
import { RequestReassessment } from './reassessments/request-reassessment';

@Module({
  imports: [
    MongoModule.forService('protection'),
    MongooseModule.forFeature([
      { name: ASSESSMENT_MODEL, schema: assessmentSchema },
      { name: MEASURE_MODEL, schema: measureSchema },
      { name: REASSESSMENT_REQUEST_MODEL, schema: reassessmentRequestSchema },
    ]),
    MessagingModule.forRoot({ clientId: 'protection', outboxModels: [ASSESSMENT_MODEL, MEASURE_MODEL, REASSESSMENT_REQUEST_MODEL, JOURNEY_PARTICIPANTS_MODEL] }),
    SecurityModule.forRoot(),
    ParticipationModule.forService({ context: 'protection', records: { assessment: AssessmentRepository, measure: MeasureRepository } }),
    AuditLogModule,
    HealthModule.withChecks([MongoConnectionCheck, KafkaBrokerCheck]),
    ReferenceModule.forContext({
      context: 'protection',
      roles: ['protection-officer'],
      vocabularies: {
        riskGrades: RiskGrades,
        riskLevelForGrade: RiskLevelForGrade,
        neededMeasures: NeededMeasures,
        reassessmentReasons: ReassessmentReasons,
        measureKinds: ProtectionMeasureKinds,
        orderKinds: ProtectionOrderKinds,
        revocationReasons: RevocationReasons,
        epoRecognitionDecisions: EpoRecognitionDecisions,
        epoRefusalReasons: EpoRefusalReasons,
      },
    }),
  ],
  controllers: [QuestionnaireController, AssessmentsController, ReassessmentsController, MeasuresController, EuropeanProtectionOrdersController],
  providers: [
    provideConfig(ProtectionConfig),
    AssessmentRepository,
    AssessProtectionNeeds,
    ReassessmentRequestRepository,
    RequestReassessment,
    MeasureRepository,
    TakeMeasure,
    ChangeMeasure,
    ReportBreach,
    IssueEpo,
    ExpireOrder,
    RemindOrderRenewal,
    ProtectionActivityWorker,
    ExpireEndedMeasures,
  ],
})
export class ProtectionModule {}
