import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { urlencoded } from 'express';
import { MongooseModule } from '@nestjs/mongoose';
import { ReferralDeclineReasons, ReferralWithdrawalReasons, SpecialismForCrime, Specialisms } from '@harbour/contracts';
import { MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { AuditLogModule, JOURNEY_PARTICIPANTS_MODEL, ParticipationModule, SecurityModule } from '@harbour/security';
import { HealthModule, KafkaBrokerCheck, MongoConnectionCheck, PageTexts, provideConfig, ReferenceModule, serviceAssetsFolder } from '@harbour/service-runtime';
import path from 'node:path';
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
import { SELF_REFERRAL_MODEL, selfReferralSchema } from './self-referrals/self-referral.schema';
import { SelfReferralsController } from './self-referrals/self-referrals.controller';
import { SelfReferralsRepository } from './self-referrals/self-referrals.repository';
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
import { WorkbenchController } from './workbench/workbench.controller';

@Module({
  imports: [
    MongoModule.forService('support'),
    MongooseModule.forFeature([
      { name: ORGANISATION_MODEL, schema: organisationSchema },
      { name: REFERRAL_MODEL, schema: referralSchema },
      { name: REFERRAL_BASIS_MODEL, schema: referralBasisSchema },
      { name: WEBHOOK_DELIVERY_MODEL, schema: webhookDeliverySchema },
      { name: RETURN_MODEL, schema: plannedReturnSchema },
      { name: SELF_REFERRAL_MODEL, schema: selfReferralSchema },
    ]),
    MessagingModule.forRoot({ clientId: 'support', outboxModels: [REFERRAL_MODEL, RETURN_MODEL, SELF_REFERRAL_MODEL, JOURNEY_PARTICIPANTS_MODEL] }),
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
    WorkbenchController,
    SelfReferralsController,
  ],
  providers: [
    provideConfig(SupportConfig),
    { provide: PageTexts, useFactory: () => PageTexts.load(path.join(serviceAssetsFolder('support', __dirname), 'texts')) },
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
    SelfReferralsRepository,
    TaskChannels,
    WebhookDeliveriesRepository,
    WebhookDeliveryWorker,
    HandOffTask,
    SupportActivityWorker,
  ],
})
export class SupportModule implements NestModule {
  /** The workbench's sign-in and answers are plain HTML forms; only those routes read form bodies, and small ones. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(urlencoded({ extended: false, limit: '16kb' })).forRoutes('workbench/session', 'workbench/tasks/*path');
  }
}
