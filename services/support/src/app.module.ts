import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ReferralDeclineReasons, ReferralWithdrawalReasons, SpecialismForCrime, Specialisms } from '@harbour/contracts';
import { MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { SecurityModule } from '@harbour/security';
import { HealthModule, MongoConnectionCheck, provideConfig, ReferenceModule } from '@harbour/service-runtime';
import { SupportActivityWorker } from './activities/support-activity-worker';
import { DirectoryController } from './directory/directory.controller';
import { DirectoryRepository } from './directory/directory.repository';
import { ORGANISATION_MODEL, organisationSchema } from './directory/organisation.schema';
import { SeedDemoDirectory } from './directory/seed-demo-directory';
import { OfferReferral } from './referrals/offer-referral';
import { REFERRAL_MODEL, referralSchema } from './referrals/referral.schema';
import { ReferralRepository } from './referrals/referral.repository';
import { WithdrawReferral } from './referrals/withdraw-referral';
import { SupportConfig } from './support-config';
import { AnswerTask } from './tasks/answer-task';
import { TasksController } from './tasks/tasks.controller';

@Module({
  imports: [
    MongoModule.forService('support'),
    MongooseModule.forFeature([
      { name: ORGANISATION_MODEL, schema: organisationSchema },
      { name: REFERRAL_MODEL, schema: referralSchema },
    ]),
    MessagingModule.forRoot({ clientId: 'support', outboxModels: [REFERRAL_MODEL] }),
    SecurityModule.forRoot(),
    HealthModule.withChecks([MongoConnectionCheck]),
    ReferenceModule.forContext({
      context: 'support',
      roles: ['support-case-worker'],
      vocabularies: {
        specialisms: Specialisms,
        specialismForCrime: SpecialismForCrime,
        referralDeclineReasons: ReferralDeclineReasons,
        referralWithdrawalReasons: ReferralWithdrawalReasons,
      },
    }),
  ],
  controllers: [DirectoryController, TasksController],
  providers: [
    provideConfig(SupportConfig),
    DirectoryRepository,
    SeedDemoDirectory,
    ReferralRepository,
    OfferReferral,
    WithdrawReferral,
    AnswerTask,
    SupportActivityWorker,
  ],
})
export class SupportModule {}
