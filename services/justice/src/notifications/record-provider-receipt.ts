import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { VictimNotificationDeliveredEvent } from '@harbour/contracts';
import { justiceFact } from '../facts/justice-fact';
import { MilestoneRepository } from '../milestones/milestone.repository';
import { providerOutbox } from './channels/provider-outbox-channel';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationView, toNotificationView } from './notification.view';
import { ProviderReceiptDto } from './provider-receipt.dto';

/**
 * A provider's receipt for a queued SMS or letter. Delivered: the notification becomes delivered
 * and the VictimNotificationDelivered fact, which meets VRD Art 6, is published with the
 * provider's delivery time. Failed: the notification is pending again with the provider's code,
 * its outbox entry released, so the dispatcher hands it over afresh. A receipt sent again
 * answers with the notification as it stands.
 */
@Injectable()
export class RecordProviderReceipt {
  constructor(
    private readonly milestones: MilestoneRepository,
    private readonly dispatcher: NotificationDispatcher,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  async execute(receipt: ProviderReceiptDto): Promise<NotificationView> {
    const milestone = await this.milestones.findById(receipt.providerMessageId);
    const queued = milestone?.notification.queued;
    if (!milestone || !queued || queued.channel !== receipt.channel) throw new NotFoundException(`no ${receipt.channel} message ${receipt.providerMessageId} was handed to a provider`);
    if (milestone.notification.status !== 'queued') {
      if (milestone.notification.status === 'delivered' && receipt.outcome === 'delivered') return toNotificationView(milestone);
      throw new ConflictException(`the notification is ${milestone.notification.status}, not waiting for a provider receipt`);
    }
    const { _id, journeyId } = milestone;
    const at = new Date(receipt.at);
    const stillQueued = { _id, 'notification.status': 'queued' as const };
    if (receipt.outcome === 'delivered') {
      const providerResponse = `delivered by the ${receipt.channel} provider${receipt.providerReference ? ` (${receipt.providerReference})` : ''}`;
      const evidence = { channel: queued.channel, language: queued.language, providerMessageId: queued.providerMessageId, providerResponse, deliveredAt: at };
      const delivered = justiceFact(VictimNotificationDeliveredEvent, journeyId, at, {
        milestoneId: _id,
        channel: queued.channel,
        language: queued.language,
        deliveredAt: at.toISOString(),
      });
      await this.milestones.updateWithFacts(journeyId, stillQueued, { $set: { 'notification.status': 'delivered', 'notification.receipt': evidence } }, [delivered]);
    } else {
      await providerOutbox(this.connection, receipt.channel).deleteOne({ _id: queued.providerMessageId });
      await this.milestones.updateWithFacts(
        journeyId,
        stillQueued,
        { $set: { 'notification.status': 'pending', 'notification.nextAttemptAt': new Date(), 'notification.lastError': `provider-${receipt.failureCode}` } },
        [],
      );
      this.dispatcher.nudge();
    }
    return toNotificationView((await this.milestones.findById(_id))!);
  }
}
