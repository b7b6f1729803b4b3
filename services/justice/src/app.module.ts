import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { InformationChannels, ProceedingMilestones } from '@harbour/contracts';
import { MessagingModule } from '@harbour/messaging';
import { MongoModule } from '@harbour/persistence';
import { AuditLogModule, JOURNEY_PARTICIPANTS_MODEL, ParticipationModule, SecurityModule } from '@harbour/security';
import { HealthModule, KafkaBrokerCheck, MongoConnectionCheck, provideConfig, ReferenceModule } from '@harbour/service-runtime';
import { JusticeActivityWorker } from './activities/justice-activity-worker';
import { BookInterpretation } from './hearings/book-interpretation';
import { DecideArrangement } from './hearings/decide-arrangement';
import { HEARING_MODEL, HearingRepository, hearingSchema } from './hearings/hearing.repository';
import { HearingsController } from './hearings/hearings.controller';
import { ScheduleHearing } from './hearings/schedule-hearing';
import { JusticeConfig } from './justice-config';
import { ArrangementRefusalReasons, HearingArrangements, HearingKinds, NotificationChannels } from './justice-vocabulary';
import { InboundMilestoneConsumer } from './milestones/inbound-milestone-consumer';
import { MILESTONE_MODEL, milestoneSchema } from './milestones/milestone.schema';
import { MilestoneRepository } from './milestones/milestone.repository';
import { MilestonesController } from './milestones/milestones.controller';
import { RecordMilestone } from './milestones/record-milestone';
import { NON_PUNISHMENT_NOTICE_MODEL, NonPunishmentNoticeRepository, nonPunishmentNoticeSchema } from './non-punishment/non-punishment-notice';
import { NonPunishmentController } from './non-punishment/non-punishment.controller';
import { NotifyProsecution } from './non-punishment/notify-prosecution';
import { notificationChannelsProvider } from './notifications/notification-channels.provider';
import { NotificationDispatcher } from './notifications/notification-dispatcher';
import { NotificationTemplates } from './notifications/notification-templates';
import { NotificationsController } from './notifications/notifications.controller';
import { ProviderReceiptsController } from './notifications/provider-receipts.controller';
import { RecordProviderReceipt } from './notifications/record-provider-receipt';
import { NOTIFICATION_PREFERENCES_MODEL, notificationPreferencesSchema } from './preferences/notification-preferences';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller';
import { NotificationPreferencesRepository } from './preferences/notification-preferences.repository';
import { RecordNotificationPreferences } from './preferences/record-notification-preferences';
import { RequestReview } from './review-requests/request-review';
import { REVIEW_REQUEST_MODEL, ReviewRequestRepository, reviewRequestSchema } from './review-requests/review-request';
import { ReviewRequestsController } from './review-requests/review-requests.controller';
import { RecordVictimInformation } from './victim-information/record-victim-information';
import { VICTIM_INFORMATION_MODEL, VictimInformationRepository, victimInformationSchema } from './victim-information/victim-information';
import { VictimInformationController } from './victim-information/victim-information.controller';

/** The models whose documents carry facts in their outbox. */
const OUTBOX_MODELS = [MILESTONE_MODEL, NOTIFICATION_PREFERENCES_MODEL, VICTIM_INFORMATION_MODEL, HEARING_MODEL, NON_PUNISHMENT_NOTICE_MODEL, JOURNEY_PARTICIPANTS_MODEL];

export const JusticeVocabularies = {
  proceedingMilestones: ProceedingMilestones,
  informationChannels: InformationChannels,
  notificationChannels: NotificationChannels,
  hearingKinds: HearingKinds,
  hearingArrangements: HearingArrangements,
  arrangementRefusalReasons: ArrangementRefusalReasons,
};

@Module({
  imports: [
    MongoModule.forService('justice'),
    MongooseModule.forFeature([
      { name: MILESTONE_MODEL, schema: milestoneSchema },
      { name: NOTIFICATION_PREFERENCES_MODEL, schema: notificationPreferencesSchema },
      { name: VICTIM_INFORMATION_MODEL, schema: victimInformationSchema },
      { name: REVIEW_REQUEST_MODEL, schema: reviewRequestSchema },
      { name: HEARING_MODEL, schema: hearingSchema },
      { name: NON_PUNISHMENT_NOTICE_MODEL, schema: nonPunishmentNoticeSchema },
    ]),
    MessagingModule.forRoot({ clientId: 'justice', outboxModels: OUTBOX_MODELS }),
    SecurityModule.forRoot(),
    ParticipationModule.forService({ context: 'justice', records: { hearing: HearingRepository } }),
    AuditLogModule,
    HealthModule.withChecks([MongoConnectionCheck, KafkaBrokerCheck]),
    ReferenceModule.forContext({ context: 'justice', roles: ['prosecutor-liaison'], vocabularies: JusticeVocabularies }),
  ],
  controllers: [
    MilestonesController,
    NotificationPreferencesController,
    NotificationsController,
    ProviderReceiptsController,
    VictimInformationController,
    ReviewRequestsController,
    HearingsController,
    NonPunishmentController,
  ],
  providers: [
    provideConfig(JusticeConfig),
    { provide: NotificationTemplates, useFactory: () => NotificationTemplates.load() },
    notificationChannelsProvider,
    MilestoneRepository,
    NotificationPreferencesRepository,
    VictimInformationRepository,
    ReviewRequestRepository,
    HearingRepository,
    NonPunishmentNoticeRepository,
    RecordMilestone,
    InboundMilestoneConsumer,
    NotificationDispatcher,
    RecordProviderReceipt,
    RecordNotificationPreferences,
    RecordVictimInformation,
    RequestReview,
    ScheduleHearing,
    BookInterpretation,
    DecideArrangement,
    NotifyProsecution,
    JusticeActivityWorker,
  ],
})
export class JusticeModule {}
