import { Schema } from 'mongoose';
import { JourneyRecord, outboxPlugin } from '@harbour/messaging';
import { NotificationChannelName, NotificationChannels } from '../justice-vocabulary';

export const NOTIFICATION_PREFERENCES_MODEL = 'NotificationPreferences';

/** One version of the choices: what was chosen, by whom, when and on which basis. */
export interface NotificationChoices {
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
  /** The recorder's part in the journey (e.g. "accepted-referral by be-payoke"). */
  basis: string;
}

/**
 * The victim's current choices; one per journey (`_id` = journeyId). A change never overwrites
 * silently: the choices it replaces are kept in `history`, with who replaced them and when.
 */
export interface NotificationPreferences extends JourneyRecord, NotificationChoices {
  history: (NotificationChoices & { replacedAt: Date; replacedBy: string })[];
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
    basis: { type: String, default: 'recorded before bases were kept' },
    history: {
      type: [
        new Schema(
          {
            wantsCaseUpdates: Boolean,
            wantsReleaseNotices: Boolean,
            language: String,
            channel: String,
            channelMarkedSafe: Boolean,
            encryptedAddress: String,
            recordedAt: Date,
            recordedBy: String,
            basis: String,
            replacedAt: Date,
            replacedBy: String,
          },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { collection: 'notification_preferences', versionKey: false },
).plugin(outboxPlugin);
