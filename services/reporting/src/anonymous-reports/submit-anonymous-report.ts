import { Injectable } from '@nestjs/common';
import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { InjectModel } from '@nestjs/mongoose';
import { AnonymousReportReceivedEvent, buildEvent } from '@harbour/contracts';
import { outboxEntries, OutboxRelay } from '@harbour/messaging';
import { Keyring } from '@harbour/persistence';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { AnonymousReportDto } from './anonymous-report.dto';
import { ANONYMOUS_REPORT_MODEL, AnonymousReportRecord, toTheHour } from './anonymous-report.schema';
import { receiptCodeTag } from './anonymous-cases';
import { hashReceiptCode, newReceiptCode, normaliseReceiptCode } from './receipt-code';

export interface AnonymousReceipt {
  reportId: string;
  /** Shown once; Harbour keeps no way to show it again. */
  receiptCode: string;
}

/**
 * Stores an anonymous report under a fresh random case id and appends AnonymousReportReceived
 * for that case in the same write. The message is encrypted under the case's key.
 */
@Injectable()
export class SubmitAnonymousReport {
  constructor(
    @InjectModel(ANONYMOUS_REPORT_MODEL) private readonly reports: Model<AnonymousReportRecord>,
    private readonly keyring: Keyring,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(report: AnonymousReportDto): Promise<AnonymousReceipt> {
    const receiptCode = newReceiptCode();
    const canonical = normaliseReceiptCode(receiptCode)!;
    const reportId = randomUUID();
    const caseId = randomUUID();
    const receivedAt = toTheHour(new Date());
    const event = buildEvent(AnonymousReportReceivedEvent, {
      id: randomUUID(),
      journeyId: caseId,
      time: receivedAt.toISOString(),
      data: { reportId, receivedAt: receivedAt.toISOString(), country: report.country, crimeType: report.crimeType },
    });
    await this.reports.create({
      _id: reportId,
      caseId,
      codeTag: receiptCodeTag(this.keyring, canonical),
      codeHash: await hashReceiptCode(canonical),
      country: report.country,
      crimeCountry: report.crimeCountry,
      crimeType: report.crimeType,
      language: report.language,
      receivedAt,
      messages: [{ from: 'reporter', encryptedText: await this.keyring.encrypt(caseId, report.text), at: receivedAt }],
      // Encoded outside the request's trace: a traceparent would tie the fact to the request that sent it.
      outbox: context.with(ROOT_CONTEXT, () => outboxEntries([event])),
    });
    this.relay.nudge();
    return { reportId, receiptCode };
  }
}
