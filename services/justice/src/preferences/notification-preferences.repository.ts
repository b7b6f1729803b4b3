import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CloudEvent } from '@harbour/contracts';
import { appendToOutbox, OutboxRelay } from '@harbour/messaging';
import { JourneyRecords } from '../facts/journey-records';
import { NOTIFICATION_PREFERENCES_MODEL, NotificationPreferences } from './notification-preferences';

@Injectable()
export class NotificationPreferencesRepository extends JourneyRecords<NotificationPreferences> {
  constructor(@InjectModel(NOTIFICATION_PREFERENCES_MODEL) model: Model<NotificationPreferences>, relay: OutboxRelay) {
    super(model, relay);
  }

  /** Replaces the journey's choices (or makes the first) and appends the fact, in one upsert. */
  async replace(choices: Omit<NotificationPreferences, '_id' | 'outbox'>, fact: CloudEvent): Promise<void> {
    const { journeyId, ...fields } = choices;
    await this.model.updateOne({ _id: journeyId }, { $set: { journeyId, ...fields }, ...appendToOutbox([fact]) }, { upsert: true });
    this.relay.nudge();
  }
}
