import { ConflictException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CloudEvent } from '@harbour/contracts';
import { appendToOutbox, JourneyRecords, OutboxRelay } from '@harbour/messaging';
import { NOTIFICATION_PREFERENCES_MODEL, NotificationChoices, NotificationPreferences } from './notification-preferences';

@Injectable()
export class NotificationPreferencesRepository extends JourneyRecords<NotificationPreferences> {
  constructor(@InjectModel(NOTIFICATION_PREFERENCES_MODEL) model: Model<NotificationPreferences>, relay: OutboxRelay) {
    super(model, relay);
  }

  /**
   * Makes the journey's first choices, or replaces the current ones and keeps them in the
   * history, appending the fact in the same write. Answers the choices replaced, or null.
   * A change made meanwhile by someone else is refused rather than overwritten.
   */
  async replace(choices: Omit<NotificationPreferences, '_id' | 'outbox' | 'history'>, fact: CloudEvent): Promise<NotificationChoices | null> {
    const { journeyId, ...fields } = choices;
    const previous = await this.model.findOne({ _id: journeyId }, { outbox: 0, history: 0 }).lean<NotificationPreferences>();
    // Choices replace the earlier ones whole: a channel no longer given is no longer kept.
    const dropped = Object.fromEntries((['channel', 'encryptedAddress'] as const).filter((field) => fields[field] === undefined).map((field) => [field, '']));
    const outbox = appendToOutbox([fact]).$push;
    const kept = previous ? { history: { ...versionOf(previous), replacedAt: choices.recordedAt, replacedBy: choices.recordedBy } } : {};
    const { matchedCount, upsertedCount } = await this.model.updateOne(
      previous ? { _id: journeyId, recordedAt: previous.recordedAt } : { _id: journeyId },
      { $set: { journeyId, ...fields }, ...(Object.keys(dropped).length > 0 ? { $unset: dropped } : {}), $push: { ...outbox, ...kept } },
      { upsert: !previous },
    );
    if (matchedCount + upsertedCount === 0) throw new ConflictException('the notification choices were changed meanwhile; read them again before changing them');
    this.relay.nudge();
    return previous ? versionOf(previous) : null;
  }
}

function versionOf(preferences: NotificationPreferences): NotificationChoices {
  const { wantsCaseUpdates, wantsReleaseNotices, language, channel, channelMarkedSafe, encryptedAddress, recordedAt, recordedBy, basis } = preferences;
  return { wantsCaseUpdates, wantsReleaseNotices, language, ...(channel ? { channel } : {}), channelMarkedSafe, ...(encryptedAddress ? { encryptedAddress } : {}), recordedAt, recordedBy, basis };
}
