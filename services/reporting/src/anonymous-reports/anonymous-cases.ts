import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Keyring } from '@harbour/persistence';
import { Model } from 'mongoose';
import { ANONYMOUS_REPORT_MODEL, AnonymousReportRecord, MessageAuthor, toTheHour } from './anonymous-report.schema';
import { receiptCodeMatches } from './receipt-code';

export interface AnonymousCaseView {
  reportId: string;
  receivedAt: string;
  country: string;
  crimeCountry?: string;
  crimeType: string;
  language: string;
  converted: boolean;
  messages: { from: MessageAuthor; text: string; at: string }[];
}

/** The lookup tag of a canonical receipt code: an HMAC under the service's master-derived key. */
export function receiptCodeTag(keyring: Keyring, canonicalCode: string): string {
  return keyring.keyedHash(`anonymous-receipt-code\u0000${canonicalCode}`);
}

/**
 * Finds anonymous cases by receipt code (the reporter) or by id (a responder) and keeps their
 * conversation. A code is found by its keyed tag, one indexed read instead of a scan, and then
 * proven against its salted scrypt hash: someone holding the database but not the key can
 * neither look codes up nor test guesses faster than scrypt allows.
 */
@Injectable()
export class AnonymousCases {
  constructor(
    @InjectModel(ANONYMOUS_REPORT_MODEL) private readonly reports: Model<AnonymousReportRecord>,
    private readonly keyring: Keyring,
  ) {}

  async byReceiptCode(canonicalCode: string): Promise<AnonymousReportRecord> {
    const report = await this.reports.findOne({ codeTag: receiptCodeTag(this.keyring, canonicalCode) }).lean<AnonymousReportRecord>().exec();
    if (!report || !(await receiptCodeMatches(canonicalCode, report.codeHash))) throw unknownCode();
    return report;
  }

  async byId(reportId: string): Promise<AnonymousReportRecord> {
    const report = await this.reports.findById(reportId).lean<AnonymousReportRecord>().exec();
    if (!report) throw new NotFoundException(`anonymous report ${reportId} not found`);
    return report;
  }

  /** Open cases of a country, newest first, without their messages. */
  async ofCountry(country: string): Promise<Omit<AnonymousCaseView, 'messages'>[]> {
    const reports = await this.reports.find({ country }, { messages: 0, outbox: 0 }).sort({ receivedAt: -1 }).limit(200).lean<AnonymousReportRecord[]>().exec();
    return reports.map(summary);
  }

  async view(report: AnonymousReportRecord): Promise<AnonymousCaseView> {
    const messages = await Promise.all(
      report.messages.map(async (message) => ({ from: message.from, text: await this.keyring.decrypt(report.caseId, message.encryptedText), at: message.at.toISOString() })),
    );
    return { ...summary(report), messages };
  }

  async addMessage(report: AnonymousReportRecord, from: MessageAuthor, text: string, respondedBy?: string): Promise<{ at: string }> {
    const at = toTheHour(new Date());
    const message = { from, encryptedText: await this.keyring.encrypt(report.caseId, text), at, ...(respondedBy ? { respondedBy } : {}) };
    await this.reports.updateOne({ _id: report._id }, { $push: { messages: message } }).exec();
    return { at: at.toISOString() };
  }
}

function summary(report: Omit<AnonymousReportRecord, 'messages'>): Omit<AnonymousCaseView, 'messages'> {
  return {
    reportId: report._id,
    receivedAt: report.receivedAt.toISOString(),
    country: report.country,
    ...(report.crimeCountry ? { crimeCountry: report.crimeCountry } : {}),
    crimeType: report.crimeType,
    language: report.language,
    converted: report.conversion !== undefined,
  };
}

/** The same answer for a code that was never issued and one that does not match: nothing to learn from it. */
function unknownCode(): NotFoundException {
  return new NotFoundException('receipt code not known');
}
