import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { buildEvent, ReportLinkedToJourneyEvent } from '@harbour/contracts';
import { outboxEntries, OutboxRelay } from '@harbour/messaging';
import { idempotentId } from '@harbour/persistence';
import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { Model, trusted } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { ReceiveReport } from '../reports/receive-report';
import { ConversionDto } from './anonymous-report.dto';
import { ANONYMOUS_REPORT_MODEL, AnonymousReportRecord, toTheHour } from './anonymous-report.schema';

/** Reports turned named by their sender are recorded for this party (there is no organisation). */
export const SELF_REPORT_PARTY = 'online-self-report';

export interface ConversionReceipt {
  /** The named report. */
  reportId: string;
  linkedAt: string;
}

/**
 * The sender of an anonymous report makes it a named report: a normal ReportReceived on a
 * named journey (fromAnonymousReportId), then ReportLinkedToJourney on the anonymous case.
 * Both steps are idempotent, so a retry after a crash between them completes the conversion;
 * a second conversion answers with the first.
 */
@Injectable()
export class ConvertAnonymousReport {
  constructor(
    @InjectModel(ANONYMOUS_REPORT_MODEL) private readonly reports: Model<AnonymousReportRecord>,
    private readonly receiveReport: ReceiveReport,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(anonymous: AnonymousReportRecord, named: ConversionDto): Promise<ConversionReceipt> {
    if (anonymous.conversion) return { reportId: anonymous.conversion.reportId, linkedAt: anonymous.conversion.linkedAt.toISOString() };
    const { fullName, contact, residencyStatus, ...facts } = named;
    const { reportId } = await this.receiveReport.execute({
      reportId: idempotentId(SELF_REPORT_PARTY, anonymous._id),
      channel: 'online',
      facts,
      personal: { fullName, contact, residencyStatus },
      // One named journey per anonymous report, so a retried conversion finds the same one.
      journeyLink: { party: SELF_REPORT_PARTY, reference: anonymous._id },
      receivedBy: SELF_REPORT_PARTY,
      reportingOrganisation: SELF_REPORT_PARTY,
      fromAnonymousReportId: anonymous._id,
    });
    const linkedAt = toTheHour(new Date());
    const event = buildEvent(ReportLinkedToJourneyEvent, {
      id: randomUUID(),
      journeyId: anonymous.caseId,
      time: linkedAt.toISOString(),
      data: { reportId: anonymous._id, linkedAt: linkedAt.toISOString() },
    });
    const updated = await this.reports
      .updateOne(
        { _id: anonymous._id, conversion: trusted({ $exists: false }) },
        { $set: { conversion: { reportId, linkedAt } }, $push: { outbox: { $each: context.with(ROOT_CONTEXT, () => outboxEntries([event])) } } },
      )
      .exec();
    if (updated.modifiedCount === 0) {
      const current = await this.reports.findById(anonymous._id).lean<AnonymousReportRecord>().exec();
      return { reportId: current!.conversion!.reportId, linkedAt: current!.conversion!.linkedAt.toISOString() };
    }
    this.relay.nudge();
    return { reportId, linkedAt: linkedAt.toISOString() };
  }
}
