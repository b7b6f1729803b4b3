import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CloudEvent } from '@harbour/contracts';
import { appendToOutbox, JourneyRecords, OutboxRelay } from '@harbour/messaging';
import { NOTIFICATION_PREFERENCES_MODEL, NotificationPreferences } from './notification-preferences';

@Injectable()
export class NotificationPreferencesRepository extends JourneyRecords<NotificationPreferences> {
  constructor(@InjectModel(NOTIFICATION_PREFERENCES_MODEL) model: Model<NotificationPreferences>, relay: OutboxRelay) {
    super(model, relay);
  }

  /** Replaces the journey's choices (or makes the first) and appends the fact, in one upsert. */
  async replace(choices: Omit<NotificationPreferences, '_id' | 'outbox'>, fact: CloudEvent): Promise<void> {
    const { journeyId, ...fields } = choices;
    // Choices replace the earlier ones whole: a channel no longer given is no longer kept.
    const dropped = Object.fromEntries((['channel', 'encryptedAddress'] as const).filter((field) => fields[field] === undefined).map((field) => [field, '']));
    await this.model.updateOne(
      { _id: journeyId },
      { $set: { journeyId, ...fields }, ...(Object.keys(dropped).length > 0 ? { $unset: dropped } : {}), ...appendToOutbox([fact]) },
      { upsert: true },
    );
    this.relay.nudge();
  }
}
