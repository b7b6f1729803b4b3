import { ConflictException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ComplaintAcknowledgementResult } from '@harbour/contracts';
import { outboxEntries, OutboxRelay } from '@harbour/messaging';
import { Keyring } from '@harbour/persistence';
import { Model, trusted } from 'mongoose';
import { createHash } from 'node:crypto';
import { AcknowledgementTranslation, REPORT_MODEL, ReportRecord } from '../reports/report.schema';
import { complaintAcknowledged, result } from './issue-acknowledgement';

/** The translated acknowledgement as a translator or interpreter service hands it in. */
export interface AcknowledgementTranslationCommand {
  language: string;
  /** The translated PDF. */
  document: Buffer;
}

/**
 * Records the translation of an acknowledgement issued in a fallback language (VRD Art 5(3)):
 * the translated PDF is kept encrypted with its SHA-256, and ComplaintAcknowledged, in the
 * victim's language, is published in the same write — the fact that meets Art 5. Recorded once.
 */
@Injectable()
export class RecordAcknowledgementTranslation {
  constructor(
    @InjectModel(REPORT_MODEL) private readonly reports: Model<ReportRecord>,
    private readonly keyring: Keyring,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(report: ReportRecord, { language, document }: AcknowledgementTranslationCommand, translatedBy: string): Promise<ComplaintAcknowledgementResult> {
    const translation = report.acknowledgement?.translation;
    if (!report.acknowledgement || !translation) throw new ConflictException(`report ${report._id} has no acknowledgement waiting for a translation`);
    if (translation.doneAt) return result(report._id, report.acknowledgement);
    if (language !== translation.into) throw new ConflictException(`the acknowledgement is to be translated into ${translation.into}, not ${language}`);
    if (document.subarray(0, 5).toString('latin1') !== '%PDF-') throw new ConflictException('the translated document must be a PDF');

    const doneAt = new Date();
    const documentSha256 = createHash('sha256').update(document).digest('hex');
    const done: AcknowledgementTranslation = {
      ...translation,
      doneAt,
      translatedBy,
      documentSha256,
      encryptedDocument: await this.keyring.encrypt(report.journeyId, document.toString('base64')),
    };
    const event = complaintAcknowledged(report, { language, at: doneAt, documentSha256 });
    const updated = await this.reports
      .updateOne(
        { _id: report._id, 'acknowledgement.translation.doneAt': trusted({ $exists: false }) },
        { $set: { 'acknowledgement.translation': done }, $push: { outbox: { $each: outboxEntries([event]) } } },
      )
      .exec();
    if (updated.modifiedCount === 0) {
      const current = await this.reports.findById(report._id).lean<ReportRecord>().exec();
      return result(report._id, current!.acknowledgement!);
    }
    this.relay.nudge();
    return result(report._id, { ...report.acknowledgement, translation: done });
  }
}
