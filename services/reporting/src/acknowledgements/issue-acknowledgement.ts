import { ConflictException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AcknowledgementTranslationRequestedEvent, buildEvent, ComplaintAcknowledgedEvent, ComplaintAcknowledgementResult } from '@harbour/contracts';
import { outboxEntries, OutboxRelay } from '@harbour/messaging';
import { Keyring } from '@harbour/persistence';
import { Model, trusted } from 'mongoose';
import { createHash, randomUUID } from 'node:crypto';
import { AcknowledgementRecord, REPORT_MODEL, ReportRecord } from '../reports/report.schema';
import { VictimTexts } from '../victim-texts/victim-texts';
import { renderAcknowledgementPdf } from './acknowledgement-pdf';

export class NotAFormalComplaintError extends ConflictException {
  constructor(reportId: string) {
    super(`report ${reportId} is not a formal complaint: only a formal complaint is acknowledged in writing`);
  }
}

export class ReportNotInJourneyError extends Error {
  constructor(reportId: string) {
    super(`report ${reportId} not found in this journey`);
    this.name = 'ReportNotInJourneyError';
  }
}

/**
 * Writes the acknowledgement of a formal complaint (VRD Art 5) in the victim's language, keeps
 * the PDF encrypted with its SHA-256 as evidence, and appends ComplaintAcknowledged in the same
 * write. Where there are no texts in the victim's language yet, it is written in the fallback
 * language and a translation into theirs is requested (Art 5(3)): ComplaintAcknowledged, which
 * meets Art 5, waits for that translation (RecordAcknowledgementTranslation). A complaint is
 * acknowledged once: asking again returns the first acknowledgement.
 */
@Injectable()
export class IssueAcknowledgement {
  constructor(
    @InjectModel(REPORT_MODEL) private readonly reports: Model<ReportRecord>,
    private readonly texts: VictimTexts,
    private readonly keyring: Keyring,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(report: ReportRecord, issuedBy: string): Promise<ComplaintAcknowledgementResult> {
    if (report.acknowledgement) return result(report._id, report.acknowledgement);
    if (!report.formalComplaint) throw new NotAFormalComplaintError(report._id);

    const acknowledgedAt = new Date();
    const texts = this.texts.in(report.language);
    const pdf = await renderAcknowledgementPdf({ ...report, reportId: report._id }, texts, acknowledgedAt);
    const understood = texts.language === report.language;
    const acknowledgement: AcknowledgementRecord = {
      language: texts.language,
      acknowledgedAt,
      issuedBy,
      documentSha256: createHash('sha256').update(pdf).digest('hex'),
      encryptedDocument: await this.keyring.encrypt(report.journeyId, pdf.toString('base64')),
      ...(understood ? {} : { translation: { into: report.language, requestedAt: acknowledgedAt } }),
    };
    const events = understood
      ? [complaintAcknowledged(report, { language: texts.language, at: acknowledgedAt, documentSha256: acknowledgement.documentSha256 })]
      : [
          buildEvent(AcknowledgementTranslationRequestedEvent, {
            id: randomUUID(),
            journeyId: report.journeyId,
            time: acknowledgedAt.toISOString(),
            data: { reportId: report._id, writtenIn: texts.language, into: report.language, requestedAt: acknowledgedAt.toISOString() },
          }),
        ];
    const updated = await this.reports
      .updateOne({ _id: report._id, acknowledgement: trusted({ $exists: false }) }, { $set: { acknowledgement }, $push: { outbox: { $each: outboxEntries(events) } } })
      .exec();
    if (updated.modifiedCount === 0) {
      // Acknowledged meanwhile by another request: that one stands.
      const current = await this.reports.findById(report._id).lean<ReportRecord>().exec();
      return result(report._id, current!.acknowledgement!);
    }
    this.relay.nudge();
    return result(report._id, acknowledgement);
  }

  /** For the journey: the report must belong to the journey that asks. */
  async forJourney(journeyId: string, reportId: string): Promise<ComplaintAcknowledgementResult> {
    const report = await this.reports.findOne({ _id: reportId, journeyId }).lean<ReportRecord>().exec();
    if (!report) throw new ReportNotInJourneyError(reportId);
    return this.execute(report, 'journey');
  }

  /** The stored PDF in the victim's language once translated, else as issued, decrypted; undefined before the complaint is acknowledged. */
  async document(report: ReportRecord): Promise<Buffer | undefined> {
    const acknowledgement = report.acknowledgement;
    if (!acknowledgement) return undefined;
    const encrypted = acknowledgement.translation?.encryptedDocument ?? acknowledgement.encryptedDocument;
    return Buffer.from(await this.keyring.decrypt(report.journeyId, encrypted), 'base64');
  }
}

/** The fact that meets VRD Art 5: the acknowledgement in the victim's language, issued or translated. */
export function complaintAcknowledged(report: ReportRecord, document: { language: string; at: Date; documentSha256: string }) {
  return buildEvent(ComplaintAcknowledgedEvent, {
    id: randomUUID(),
    journeyId: report.journeyId,
    time: document.at.toISOString(),
    data: { reportId: report._id, language: document.language, acknowledgedAt: document.at.toISOString(), documentSha256: document.documentSha256 },
  });
}

export function result(reportId: string, acknowledgement: AcknowledgementRecord): ComplaintAcknowledgementResult {
  return { reportId, ...acknowledgementAsHeld(acknowledgement) };
}

/** The acknowledgement as the victim has it: in their language once translated, else as issued and awaiting its translation. */
export function acknowledgementAsHeld(acknowledgement: AcknowledgementRecord): Omit<ComplaintAcknowledgementResult, 'reportId'> {
  const translation = acknowledgement.translation;
  if (translation?.doneAt && translation.documentSha256) {
    return { language: translation.into, acknowledgedAt: new Date(translation.doneAt).toISOString(), documentSha256: translation.documentSha256 };
  }
  return {
    language: acknowledgement.language,
    acknowledgedAt: new Date(acknowledgement.acknowledgedAt).toISOString(),
    documentSha256: acknowledgement.documentSha256,
    ...(translation ? { awaitingTranslationInto: translation.into } : {}),
  };
}
