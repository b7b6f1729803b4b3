import { Schema } from 'mongoose';
import { JourneyRecord, outboxPlugin } from '@harbour/messaging';
import { NotificationChannelName, NotificationChannels } from '../justice-vocabulary';

export const NOTIFICATION_PREFERENCES_MODEL = 'NotificationPreferences';

/** The victim's current choices; one per journey (`_id` = journeyId), replaced when they change their mind. */
export interface NotificationPreferences extends JourneyRecord {
  wantsCaseUpdates: boolean;
  wantsReleaseNotices: boolean;
  language: string;
  /** Absent when the victim wants no information. */
  channel?: NotificationChannelName;
  channelMarkedSafe: boolean;
  /** The e-mail address, phone number or postal address, under the journey's key. */
  encryptedAddress?: string;
  recordedAt: Date;
  recordedBy: string;
}

export const notificationPreferencesSchema = new Schema<NotificationPreferences>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, unique: true },
    wantsCaseUpdates: { type: Boolean, required: true },
    wantsReleaseNotices: { type: Boolean, required: true },
    language: { type: String, required: true },
    channel: { type: String, enum: NotificationChannels },
    channelMarkedSafe: { type: Boolean, required: true },
    encryptedAddress: String,
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
  },
  { collection: 'notification_preferences', versionKey: false },
).plugin(outboxPlugin);
