import { CrimeType, CrimeTypes } from '@harbour/contracts';
import { outboxPlugin, WithOutbox } from '@harbour/messaging';
import { Schema } from 'mongoose';

export const ANONYMOUS_REPORT_MODEL = 'AnonymousReport';

export const MessageAuthors = ['reporter', 'responder'] as const;
export type MessageAuthor = (typeof MessageAuthors)[number];

export interface AnonymousMessageRecord {
  from: MessageAuthor;
  /** Encrypted under the case's key. */
  encryptedText: string;
  /** To the hour, like every time kept about an anonymous case. */
  at: Date;
  /** The responder's token subject; never anything about the reporter. */
  respondedBy?: string;
}

/**
 * An anonymous report. What could lead to its sender is absent by design: no address, agent,
 * fingerprint or exact time; the receipt code only as a keyed lookup tag and a salted slow hash.
 */
export interface AnonymousReportRecord extends WithOutbox {
  _id: string;
  /** A random journey id of the anonymous case's own: the subject of its facts. */
  caseId: string;
  /** HMAC of the receipt code under the service's key: finds the report without a scan. */
  codeTag: string;
  /** scrypt of the receipt code with its own salt: proves the code. */
  codeHash: string;
  country: string;
  crimeCountry?: string;
  crimeType: CrimeType;
  language: string;
  receivedAt: Date;
  messages: AnonymousMessageRecord[];
  conversion?: { reportId: string; linkedAt: Date };
}

export const AnonymousReportSchema = new Schema<AnonymousReportRecord>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    codeTag: { type: String, required: true, unique: true },
    codeHash: { type: String, required: true },
    country: { type: String, required: true },
    crimeCountry: { type: String },
    crimeType: { type: String, enum: CrimeTypes, required: true },
    language: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    messages: {
      type: [new Schema<AnonymousMessageRecord>({ from: { type: String, enum: MessageAuthors, required: true }, encryptedText: String, at: Date, respondedBy: String }, { _id: false })],
      default: [],
    },
    conversion: { type: new Schema({ reportId: String, linkedAt: Date }, { _id: false }), required: false },
  },
  { collection: 'anonymous_reports', versionKey: false },
).plugin(outboxPlugin);

/** Times about an anonymous case are kept to the hour, so they cannot be matched to a network log. */
export function toTheHour(time: Date): Date {
  return new Date(Math.floor(time.getTime() / 3_600_000) * 3_600_000);
}
