import { CrimeType, CrimeTypes } from '@harbour/contracts';
import { outboxPlugin, WithOutbox } from '@harbour/messaging';
import { Schema } from 'mongoose';
import { NamedReportChannel, NamedReportChannels } from './create-report.dto';

export const REPORT_MODEL = 'Report';

/** Personal fields of a report, each encrypted under the journey's key (Keyring); absent when not given. */
export interface EncryptedPersonalFields {
  victimReference?: string;
  fullName?: string;
  contact?: string;
  thirdPartyRelation?: string;
  residencyStatus?: string;
}

export interface TransmissionRecord {
  transmissionId: string;
  toCountry: string;
  transmittedAt: Date;
  transmittedBy: string;
}

/** The written acknowledgement of a formal complaint (VRD Art 5), kept as evidence. */
export interface AcknowledgementRecord {
  language: string;
  acknowledgedAt: Date;
  issuedBy: string;
  documentSha256: string;
  /** The PDF, base64, encrypted under the journey's key. */
  encryptedDocument: string;
  /**
   * Written in a fallback language the victim may not understand (no texts in theirs yet): the
   * translation into their language that VRD Art 5(3) requires, until which Art 5 is not met.
   */
  translation?: AcknowledgementTranslation;
}

/** The translation step of an acknowledgement: requested when issued, done when the translated document is recorded. */
export interface AcknowledgementTranslation {
  into: string;
  requestedAt: Date;
  doneAt?: Date;
  translatedBy?: string;
  documentSha256?: string;
  encryptedDocument?: string;
}

/** A received named report, with what was done about it. */
export interface ReportRecord extends WithOutbox {
  _id: string;
  journeyId: string;
  channel: NamedReportChannel;
  country: string;
  crimeCountry?: string;
  crimeAbroad: boolean;
  crimeType: CrimeType;
  language: string;
  formalComplaint: boolean;
  /** The organisation (or, without one, the token subject) that recorded the report. */
  reportingOrganisation: string;
  personal: EncryptedPersonalFields;
  /** When the third party recorded the victim's consent to report on their behalf. */
  victimConsentRecordedAt?: Date;
  fromAnonymousReportId?: string;
  receivedAt: Date;
  /** Who recorded it (token subject), for accountability; not published. */
  receivedBy: string;
  transmission?: TransmissionRecord;
  acknowledgement?: AcknowledgementRecord;
}

export const ReportSchema = new Schema<ReportRecord>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, index: true },
    channel: { type: String, enum: NamedReportChannels, required: true },
    country: { type: String, required: true },
    crimeCountry: { type: String },
    crimeAbroad: { type: Boolean, required: true },
    crimeType: { type: String, enum: CrimeTypes, required: true },
    language: { type: String, required: true },
    formalComplaint: { type: Boolean, required: true },
    reportingOrganisation: { type: String, required: true },
    personal: {
      victimReference: String,
      fullName: String,
      contact: String,
      thirdPartyRelation: String,
      residencyStatus: String,
    },
    victimConsentRecordedAt: { type: Date },
    fromAnonymousReportId: { type: String },
    receivedAt: { type: Date, required: true },
    receivedBy: { type: String, required: true },
    transmission: {
      type: new Schema<TransmissionRecord>(
        { transmissionId: String, toCountry: String, transmittedAt: Date, transmittedBy: String },
        { _id: false },
      ),
      required: false,
    },
    acknowledgement: {
      type: new Schema<AcknowledgementRecord>(
        {
          language: String,
          acknowledgedAt: Date,
          issuedBy: String,
          documentSha256: String,
          encryptedDocument: String,
          translation: {
            type: new Schema(
              { into: String, requestedAt: Date, doneAt: Date, translatedBy: String, documentSha256: String, encryptedDocument: String },
              { _id: false },
            ),
            required: false,
          },
        },
        { _id: false },
      ),
      required: false,
    },
  },
  { collection: 'reports', versionKey: false },
).plugin(outboxPlugin);
