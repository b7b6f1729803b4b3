import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import {
  AgeUncertaintyReasons,
  CrimeTypes,
  DecisionTaskKinds,
  GroundsDecisions,
  IdentityAttributeKinds,
  NonPunishmentOffenceCategories,
  NrmReferralConsents,
  ScreeningRecommendations,
} from '@harbour/contracts';
import { MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { AuditLogModule, JOURNEY_PARTICIPANTS_MODEL, ParticipationModule, SecurityModule } from '@harbour/security';
import { HealthModule, KafkaBrokerCheck, MongoConnectionCheck, provideConfig, ReferenceModule } from '@harbour/service-runtime';
import { IdentificationActivityWorker } from './activities/identification-activity-worker';
import { ChildProtection } from './child-protection/child-protection';
import { ChildProtectionController } from './child-protection/child-protection.controller';
import { AgeUncertaintyRepository, GuardianRequestsRepository } from './child-protection/child-protection.repositories';
import { AGE_UNCERTAINTY_MODEL, ageUncertaintySchema, GUARDIAN_REQUEST_MODEL, guardianRequestSchema } from './child-protection/child-protection.schema';
import { CrossMatchingController } from './cross-matching/cross-matching.controller';
import { IdentityRecordsRepository, PossibleDuplicatesRepository } from './cross-matching/cross-matching.repositories';
import { IDENTITY_RECORD_MODEL, identityRecordSchema, POSSIBLE_DUPLICATE_MODEL, possibleDuplicateSchema } from './cross-matching/cross-matching.schema';
import { RecordIdentity } from './cross-matching/record-identity';
import { ReviewPossibleDuplicate } from './cross-matching/review-possible-duplicate';
import { IdentificationConfig } from './identification-config';
import { JourneyFlags } from './journey-flags/journey-flags';
import { JourneyFlagsController } from './journey-flags/journey-flags.controller';
import { FlagNonPunishment, NonPunishmentFlagsRepository } from './non-punishment/non-punishment';
import { NonPunishmentController } from './non-punishment/non-punishment.controller';
import { NON_PUNISHMENT_FLAG_MODEL, nonPunishmentFlagSchema } from './non-punishment/non-punishment-flag.schema';
import { DecideGrounds } from './nrm-referrals/decide-grounds';
import { DecisionTasksController } from './nrm-referrals/decision-tasks.controller';
import { NRM_REFERRAL_MODEL, nrmReferralSchema } from './nrm-referrals/nrm-referral.schema';
import { NrmReferralsController } from './nrm-referrals/nrm-referrals.controller';
import { NrmReferralsRepository } from './nrm-referrals/nrm-referrals.repository';
import { OpenDecisionTask } from './nrm-referrals/open-decision-task';
import { ReadNrmReferral } from './nrm-referrals/read-nrm-referral';
import { SubmitNrmReferral } from './nrm-referrals/submit-nrm-referral';
import { CompleteScreening } from './screenings/complete-screening';
import { CurrentIndicatorChecklist } from './screenings/indicator-checklist';
import { ReadScreening } from './screenings/read-screening';
import { SCREENING_MODEL, screeningSchema } from './screenings/screening.schema';
import { ScreeningsController } from './screenings/screenings.controller';
import { ScreeningsRepository } from './screenings/screenings.repository';
import { IdentificationErrorsFilter } from './shared/identification-errors';

const OUTBOX_MODELS = [SCREENING_MODEL, NRM_REFERRAL_MODEL, AGE_UNCERTAINTY_MODEL, GUARDIAN_REQUEST_MODEL, NON_PUNISHMENT_FLAG_MODEL, POSSIBLE_DUPLICATE_MODEL, JOURNEY_PARTICIPANTS_MODEL];

@Module({
  imports: [
    MongoModule.forService('identification'),
    MongooseModule.forFeature([
      { name: SCREENING_MODEL, schema: screeningSchema },
      { name: NRM_REFERRAL_MODEL, schema: nrmReferralSchema },
      { name: AGE_UNCERTAINTY_MODEL, schema: ageUncertaintySchema },
      { name: GUARDIAN_REQUEST_MODEL, schema: guardianRequestSchema },
      { name: NON_PUNISHMENT_FLAG_MODEL, schema: nonPunishmentFlagSchema },
      { name: IDENTITY_RECORD_MODEL, schema: identityRecordSchema },
      { name: POSSIBLE_DUPLICATE_MODEL, schema: possibleDuplicateSchema },
    ]),
    MessagingModule.forRoot({ clientId: 'identification', outboxModels: OUTBOX_MODELS }),
    SecurityModule.forRoot(),
    ParticipationModule.forService({
      context: 'identification',
      records: { screening: ScreeningsRepository, 'NRM referral': NrmReferralsRepository, 'guardian request': GuardianRequestsRepository },
    }),
    AuditLogModule,
    HealthModule.withChecks([MongoConnectionCheck, KafkaBrokerCheck]),
    ReferenceModule.forContext({
      context: 'identification',
      roles: ['first-responder', 'nrm-decision-maker'],
      vocabularies: {
        crimeTypes: CrimeTypes,
        indicatorIds: CurrentIndicatorChecklist.indicators.map((indicator) => indicator.id),
        screeningRecommendations: ScreeningRecommendations,
        nrmReferralConsents: NrmReferralConsents,
        groundsDecisions: GroundsDecisions,
        decisionTaskKinds: DecisionTaskKinds,
        ageUncertaintyReasons: AgeUncertaintyReasons,
        nonPunishmentOffenceCategories: NonPunishmentOffenceCategories,
        identityAttributeKinds: IdentityAttributeKinds,
      },
    }),
  ],
  controllers: [
    ScreeningsController,
    NrmReferralsController,
    DecisionTasksController,
    ChildProtectionController,
    NonPunishmentController,
    JourneyFlagsController,
    CrossMatchingController,
  ],
  providers: [
    provideConfig(IdentificationConfig),
    { provide: APP_FILTER, useClass: IdentificationErrorsFilter },
    ScreeningsRepository,
    CompleteScreening,
    ReadScreening,
    NrmReferralsRepository,
    SubmitNrmReferral,
    DecideGrounds,
    ReadNrmReferral,
    OpenDecisionTask,
    AgeUncertaintyRepository,
    GuardianRequestsRepository,
    ChildProtection,
    NonPunishmentFlagsRepository,
    FlagNonPunishment,
    JourneyFlags,
    IdentityRecordsRepository,
    PossibleDuplicatesRepository,
    RecordIdentity,
    ReviewPossibleDuplicate,
    IdentificationActivityWorker,
  ],
})
export class IdentificationModule {}
