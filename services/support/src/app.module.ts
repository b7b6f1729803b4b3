import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ReferralDeclineReasons, ReferralWithdrawalReasons, SpecialismForCrime, Specialisms } from '@harbour/contracts';
import { MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { AuditLogModule, JOURNEY_PARTICIPANTS_MODEL, ParticipationModule, SecurityModule } from '@harbour/security';
import { HealthModule, KafkaBrokerCheck, MongoConnectionCheck, provideConfig, ReferenceModule } from '@harbour/service-runtime';
import { SupportActivityWorker } from './activities/support-activity-worker';
import { DirectoryController } from './directory/directory.controller';
import { DirectoryRepository } from './directory/directory.repository';
import { ORGANISATION_MODEL, organisationSchema } from './directory/organisation.schema';
import { PlacesRepository } from './directory/places.repository';
import { ReconcilePlaces } from './directory/reconcile-places';
import { SeedDemoDirectory } from './directory/seed-demo-directory';
import { ReferralBasisRecordings } from './referral-basis/referral-basis';
import { ReferralBasisController } from './referral-basis/referral-basis.controller';
import { REFERRAL_BASIS_MODEL, ReferralBasisRepository, referralBasisSchema } from './referral-basis/referral-basis.repository';
import { MoveReferral } from './referrals/move-referral';
import { OfferReferral } from './referrals/offer-referral';
import { REFERRAL_MODEL, referralSchema } from './referrals/referral.schema';
import { ReferralRepository } from './referrals/referral.repository';
import { ReferralsController } from './referrals/referrals.controller';
import { RevokeReferral } from './referrals/revoke-referral';
import { WithdrawReferral } from './referrals/withdraw-referral';
import { PlanReturns } from './returns/plan-returns';
import { RETURN_MODEL, plannedReturnSchema } from './returns/planned-return.schema';
import { ReturnsController } from './returns/returns.controller';
import { ReturnsRepository } from './returns/returns.repository';
import { SupportConfig } from './support-config';
import { RecordSupport } from './support-plans/record-support';
import { SupportNeedCodes } from './support-plans/support-needs';
import { SupportPlansController } from './support-plans/support-plans.controller';
import { AnswerTask } from './tasks/answer-task';
import { TasksController } from './tasks/tasks.controller';
import { HandOffTask } from './webhooks/hand-off-task';
import { TaskChannelController } from './webhooks/task-channel.controller';
import { TaskChannels } from './webhooks/task-channels';
import { WebhookDeliveriesController } from './webhooks/webhook-deliveries.controller';
import { WebhookDeliveriesRepository } from './webhooks/webhook-deliveries.repository';
import { WEBHOOK_DELIVERY_MODEL, webhookDeliverySchema } from './webhooks/webhook-delivery.schema';
import { WebhookDeliveryWorker } from './webhooks/webhook-delivery-worker';

@Module({
  imports: [
    MongoModule.forService('support'),
    MongooseModule.forFeature([
      { name: ORGANISATION_MODEL, schema: organisationSchema },
      { name: REFERRAL_MODEL, schema: referralSchema },
      { name: REFERRAL_BASIS_MODEL, schema: referralBasisSchema },
      { name: WEBHOOK_DELIVERY_MODEL, schema: webhookDeliverySchema },
      { name: RETURN_MODEL, schema: plannedReturnSchema },
    ]),
    MessagingModule.forRoot({ clientId: 'support', outboxModels: [REFERRAL_MODEL, RETURN_MODEL, JOURNEY_PARTICIPANTS_MODEL] }),
    SecurityModule.forRoot(),
    AuditLogModule,
    ParticipationModule.forService({ context: 'support', records: { referral: ReferralRepository, return: ReturnsRepository } }),
    HealthModule.withChecks([MongoConnectionCheck, KafkaBrokerCheck]),
    ReferenceModule.forContext({
      context: 'support',
      roles: ['support-case-worker'],
      vocabularies: {
        specialisms: Specialisms,
        specialismForCrime: SpecialismForCrime,
        referralDeclineReasons: ReferralDeclineReasons,
        referralWithdrawalReasons: ReferralWithdrawalReasons,
        referralBases: ReferralBasisRecordings,
        supportNeeds: SupportNeedCodes,
      },
    }),
  ],
  controllers: [
    DirectoryController,
    TasksController,
    ReferralsController,
    ReferralBasisController,
    TaskChannelController,
    WebhookDeliveriesController,
    SupportPlansController,
    ReturnsController,
  ],
  providers: [
    provideConfig(SupportConfig),
    DirectoryRepository,
    PlacesRepository,
    ReconcilePlaces,
    SeedDemoDirectory,
    ReferralRepository,
    ReferralBasisRepository,
    MoveReferral,
    OfferReferral,
    WithdrawReferral,
    RevokeReferral,
    AnswerTask,
    RecordSupport,
    PlanReturns,
    ReturnsRepository,
    TaskChannels,
    WebhookDeliveriesRepository,
    WebhookDeliveryWorker,
    HandOffTask,
    SupportActivityWorker,
  ],
})
export class SupportModule {}
