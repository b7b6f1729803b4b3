import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { VictimNotificationDeliveredEvent, VictimNotificationQueuedEvent } from '@harbour/contracts';
import { Keyring } from '@harbour/persistence';
import { AuditLog } from '@harbour/security';
import { justiceFact } from '../facts/justice-fact';
import { JusticeConfig, justiceSettings, JusticeSettings } from '../justice-config';
import { Milestone } from '../milestones/milestone';
import { MilestoneRepository } from '../milestones/milestone.repository';
import { NotificationPreferencesRepository } from '../preferences/notification-preferences.repository';
import { ChannelFailure, DeliveryReceipt, NOTIFICATION_CHANNELS, NotificationChannel } from './channels/notification-channel';
import { NotificationTemplates } from './notification-templates';
import { NotificationPlan, planNotification, retryDelayMs } from './plan-notification';

const BATCH = 20;
/** Who reads a victim's contact details to notify them, in the audit log. */
const NOTIFIER = 'justice-notification-dispatcher';

/**
 * Works through pending notifications, release and escape first. Each attempt is claimed by
 * moving the notification's next attempt time (a guarded write), so two dispatchers never
 * send the same one at once and a crash mid-send means a retry later, never a loss. Delivery
 * stores the receipt and the VictimNotificationDelivered fact in the milestone's document.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationDispatcher.name);
  private readonly settings: JusticeSettings;
  private loop?: Promise<void>;
  private stopped = true;
  private nudged = false;
  private wake?: () => void;

  constructor(
    private readonly milestones: MilestoneRepository,
    private readonly preferences: NotificationPreferencesRepository,
    private readonly templates: NotificationTemplates,
    private readonly keyring: Keyring,
    private readonly audit: AuditLog,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: readonly NotificationChannel[],
    config: JusticeConfig,
  ) {
    this.settings = justiceSettings(config);
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  /** Looks for due notifications now rather than at the next poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** Attempts every notification due now; resolves to the number attempted. */
  async dispatchDue(now = new Date()): Promise<number> {
    let attempted = 0;
    for (;;) {
      const due = await this.milestones.dueNotifications(now, BATCH);
      for (const milestone of due) if (await this.attempt(milestone, now)) attempted++;
      if (due.length < BATCH) return attempted;
    }
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.nudged = false;
      try {
        await this.dispatchDue();
      } catch (error) {
        this.logger.error(`notifications not dispatched; retrying at the next poll: ${(error as Error).message}`);
      }
      if (!this.nudged && !this.stopped) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake?.(), this.settings.pollIntervalMs);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  /** False when another dispatcher claimed it first. */
  private async attempt(milestone: Milestone, now: Date): Promise<boolean> {
    const { _id, journeyId, notification } = milestone;
    const attempts = notification.attempts + 1;
    const claimed = await this.milestones.updateWithFacts(
      journeyId,
      { _id, 'notification.status': 'pending', 'notification.attempts': notification.attempts },
      {
        $set: {
          'notification.attempts': attempts,
          'notification.lastAttemptAt': now,
          'notification.nextAttemptAt': new Date(now.getTime() + retryDelayMs(attempts, this.settings.retryBaseMs)),
        },
      },
      [],
    );
    if (!claimed) return false;

    const plan = planNotification(milestone.milestone, await this.preferences.findOne(journeyId));
    if (!plan.send) {
      await this.milestones.updateWithFacts(journeyId, { _id }, { $set: { 'notification.status': plan.status } }, []);
      return true;
    }
    try {
      const receipt = await this.send(milestone, plan);
      // Only SMS and post wait for a provider's receipt; e-mail's receipt is the SMTP server's.
      if (receipt.awaitsProviderReceipt && plan.channel !== 'email') {
        const queued = { channel: plan.channel, language: plan.language, providerMessageId: receipt.providerMessageId, queuedAt: receipt.acceptedAt };
        const handedOver = justiceFact(VictimNotificationQueuedEvent, journeyId, receipt.acceptedAt, {
          milestoneId: _id,
          channel: plan.channel,
          language: plan.language,
          queuedAt: receipt.acceptedAt.toISOString(),
        });
        await this.milestones.updateWithFacts(
          journeyId,
          { _id },
          { $set: { 'notification.status': 'queued', 'notification.queued': queued }, $unset: { 'notification.lastError': '' } },
          [handedOver],
        );
        return true;
      }
      const delivered = justiceFact(VictimNotificationDeliveredEvent, journeyId, receipt.acceptedAt, {
        milestoneId: _id,
        channel: plan.channel,
        language: plan.language,
        deliveredAt: receipt.acceptedAt.toISOString(),
      });
      const evidence = { channel: plan.channel, language: plan.language, providerMessageId: receipt.providerMessageId, providerResponse: receipt.providerResponse, deliveredAt: receipt.acceptedAt };
      await this.milestones.updateWithFacts(
        journeyId,
        { _id },
        { $set: { 'notification.status': 'delivered', 'notification.receipt': evidence }, $unset: { 'notification.lastError': '' } },
        [delivered],
      );
    } catch (error) {
      const code = error instanceof ChannelFailure ? error.code : 'internal-error';
      this.logger.warn(`notification of milestone ${_id} not delivered (attempt ${attempts}): ${code}`);
      await this.milestones.updateWithFacts(journeyId, { _id }, { $set: { 'notification.lastError': code } }, []);
    }
    return true;
  }

  /** Writes the message in the victim's language and hands it to their channel; throws when the channel did not take it. */
  private async send({ _id, journeyId, milestone, trial }: Milestone, plan: Extract<NotificationPlan, { send: true }>): Promise<DeliveryReceipt> {
    const channel = this.channels.find((candidate) => candidate.name === plan.channel);
    if (!channel) throw new ChannelFailure('channel-not-configured', `no ${plan.channel} channel is configured`);
    if (!this.templates.has(plan.language)) throw new ChannelFailure('no-texts-in-language', `no notification texts in ${plan.language}`);
    // The trial place and the victim's contact are read only to write to them, and the reading is on record.
    await this.audit.record({ actor: NOTIFIER, action: 'read-to-notify', resource: `milestone/${_id}`, journeyId });
    const place = trial ? await this.keyring.decrypt(journeyId, trial.encryptedPlace) : undefined;
    const { subject, text } = this.templates.compose(plan.language, {
      milestone,
      ...(trial && place ? { trial: { scheduledFor: trial.scheduledFor, place, timeZone: trial.timeZone } } : {}),
    });
    const to = await this.keyring.decrypt(journeyId, plan.encryptedAddress);
    return channel.send({ milestoneId: _id, journeyId, to, language: plan.language, subject, text });
  }
}
