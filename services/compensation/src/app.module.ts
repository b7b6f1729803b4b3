import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CompensationOutcomes, CompensationSchemes, HeadsOfLoss, SupportingDocumentKinds } from '@harbour/contracts';
import { MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { AuditLogModule, JOURNEY_PARTICIPANTS_MODEL, ParticipationModule, SecurityModule } from '@harbour/security';
import { HealthModule, KafkaBrokerCheck, MongoConnectionCheck, provideConfig, ReferenceModule } from '@harbour/service-runtime';
import { CompensationActivityWorker } from './activities/compensation-activity-worker';
import { ClaimStepsController } from './claim-steps/claim-steps.controller';
import { TakeClaimStep } from './claim-steps/take-claim-step';
import { ReadClaimPersonalData } from './claims/claim-personal-data';
import { CLAIM_MODEL, claimSchema } from './claims/claim.schema';
import { ClaimRepository } from './claims/claim.repository';
import { ClaimsController } from './claims/claims.controller';
import { checklistVocabulary } from './claims/compensation-schemes';
import { CompensationConfig } from './compensation-config';
import { ChaseDecidingAuthority } from './cross-border/chase-deciding-authority';
import { CrossBorderController } from './cross-border/cross-border.controller';
import { ReceiveCrossBorderApplication } from './cross-border/receive-cross-border-application';
import { TransmitClaim } from './cross-border/transmit-claim';
import { OpenClaim } from './open-claim/open-claim';
import { OpenClaimController } from './open-claim/open-claim.controller';

@Module({
  imports: [
    MongoModule.forService('compensation'),
    MongooseModule.forFeature([{ name: CLAIM_MODEL, schema: claimSchema }]),
    MessagingModule.forRoot({ clientId: 'compensation', outboxModels: [CLAIM_MODEL, JOURNEY_PARTICIPANTS_MODEL] }),
    SecurityModule.forRoot(),
    ParticipationModule.forService({ context: 'compensation', records: { claim: ClaimRepository } }),
    AuditLogModule,
    HealthModule.withChecks([MongoConnectionCheck, KafkaBrokerCheck]),
    ReferenceModule.forContext({
      context: 'compensation',
      roles: ['compensation-officer'],
      vocabularies: {
        compensationSchemes: CompensationSchemes,
        compensationOutcomes: CompensationOutcomes,
        headsOfLoss: HeadsOfLoss,
        supportingDocumentKinds: SupportingDocumentKinds,
        supportingDocumentChecklists: checklistVocabulary(),
      },
    }),
  ],
  controllers: [OpenClaimController, CrossBorderController, ClaimsController, ClaimStepsController],
  providers: [
    provideConfig(CompensationConfig),
    ClaimRepository,
    OpenClaim,
    ReceiveCrossBorderApplication,
    TakeClaimStep,
    TransmitClaim,
    ChaseDecidingAuthority,
    ReadClaimPersonalData,
    CompensationActivityWorker,
  ],
})
export class CompensationModule {}
