import { CrimeType, CrimeTypes } from '@harbour/contracts';
import { outboxPlugin, WithOutbox } from '@harbour/messaging';
import { Schema } from 'mongoose';
import { NamedReportChannel, NamedReportChannels } from './create-report.dto';

export const REPORT_MODEL = 'Report';

/** A received report. The victim reference is personal: it is stored encrypted under the journey's key. */
export interface ReportRecord extends WithOutbox {
  _id: string;
  journeyId: string;
  channel: NamedReportChannel;
  country: string;
  crimeType: CrimeType;
  language: string;
  formalComplaint: boolean;
  encryptedVictimReference: string;
  receivedAt: Date;
  /** Who recorded it (token subject), for accountability; not published. */
  receivedBy: string;
}

export const ReportSchema = new Schema<ReportRecord>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, index: true },
    channel: { type: String, enum: NamedReportChannels, required: true },
    country: { type: String, required: true },
    crimeType: { type: String, enum: CrimeTypes, required: true },
    language: { type: String, required: true },
    formalComplaint: { type: Boolean, required: true },
    encryptedVictimReference: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    receivedBy: { type: String, required: true },
  },
  { collection: 'reports', versionKey: false },
).plugin(outboxPlugin);
