import { Schema } from 'mongoose';
import { Specialisms } from '@harbour/contracts';
import { DirectoryEntry, Organisation, TaskChannel, TaskChannels, Weekdays } from './organisation';

export const ORGANISATION_MODEL = 'Organisation';

/** Where tasks went and go after one change, who made it, when and on which basis; never the secret. */
export interface TaskChannelChange {
  changedAt: Date;
  changedBy: string;
  basis: string;
  from: { channel: TaskChannel; url?: string };
  to: { channel: TaskChannel; url?: string; newSecret: boolean };
}

/** An organisation as stored: its directory id is the document id. */
export type OrganisationRecord = Omit<DirectoryEntry, 'id'> & {
  _id: string;
  taskChannel: TaskChannel;
  /** Set when the organisation takes its tasks by webhook; the secret is encrypted with the keyring. */
  webhook?: { url: string; encryptedSecret: string };
  /** Every change of the task channel, oldest first: tasks go where it says, so none is silent. */
  taskChannelHistory?: TaskChannelChange[];
  /**
   * The referrals holding a place, one entry per referral id. A place is claimed and released
   * with one guarded update of this document, so two accepts can never take the last place.
   */
  placeClaims: string[];
};

export const organisationSchema = new Schema<OrganisationRecord>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    country: { type: String, required: true },
    region: { type: String, required: true },
    languages: { type: [String], required: true },
    specialisms: { type: [String], enum: Specialisms, required: true },
    capacity: { type: Number, required: true, min: 0 },
    acceptsChildren: { type: Boolean, required: true },
    helpline116006: { type: Boolean, required: true },
    openingHours: {
      type: [new Schema({ days: { type: [String], enum: Weekdays, required: true }, opens: String, closes: String }, { _id: false })],
      required: true,
    },
    taskChannel: { type: String, enum: TaskChannels, required: true },
    webhook: { type: new Schema({ url: { type: String, required: true }, encryptedSecret: { type: String, required: true } }, { _id: false }) },
    placeClaims: { type: [String], default: undefined },
    taskChannelHistory: { type: [Schema.Types.Mixed], default: undefined },
  },
  { versionKey: false },
);
organisationSchema.index({ country: 1 });

/** The directory's view; the task channel's history is not part of it. */
export function toOrganisation({ _id, placeClaims, webhook, taskChannelHistory: _history, ...fields }: OrganisationRecord): Organisation {
  return {
    id: _id,
    ...fields,
    openPlaces: Math.max(0, fields.capacity - (placeClaims?.length ?? 0)),
    ...(webhook ? { webhookUrl: webhook.url } : {}),
  };
}
