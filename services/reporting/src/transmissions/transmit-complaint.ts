import { ConflictException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { buildEvent, ComplaintTransmittedEvent } from '@harbour/contracts';
import { outboxEntries, OutboxRelay } from '@harbour/messaging';
import { Principal } from '@harbour/security';
import { Model, trusted } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { crossBorderDestination } from '../reports/cross-border';
import { ReportAccess } from '../reports/report-access';
import { REPORT_MODEL, ReportRecord, TransmissionRecord } from '../reports/report.schema';

export interface TransmissionReceipt {
  reportId: string;
  transmissionId: string;
  toCountry: string;
  transmittedAt: string;
  replayed: boolean;
}

/**
 * Records that a cross-border complaint was passed on to the country where the crime took
 * place (VRD Art 17) and appends ComplaintTransmitted in the same write. A complaint is passed
 * on once: asking again answers with the first transmission.
 */
@Injectable()
export class TransmitComplaint {
  constructor(
    @InjectModel(REPORT_MODEL) private readonly reports: Model<ReportRecord>,
    private readonly access: ReportAccess,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(principal: Principal, reportId: string): Promise<TransmissionReceipt> {
    const report = await this.access.reportFor(principal, reportId);
    if (report.transmission) return receipt(reportId, report.transmission, true);
    const toCountry = crossBorderDestination(report);
    if (!toCountry) {
      throw new ConflictException('only a formal complaint about a crime committed in another country (crimeCountry) is transmitted');
    }
    const transmission: TransmissionRecord = { transmissionId: randomUUID(), toCountry, transmittedAt: new Date(), transmittedBy: principal.subject };
    const event = buildEvent(ComplaintTransmittedEvent, {
      id: randomUUID(),
      journeyId: report.journeyId,
      time: transmission.transmittedAt.toISOString(),
      data: { reportId, transmissionId: transmission.transmissionId, toCountry, transmittedAt: transmission.transmittedAt.toISOString() },
    });
    const updated = await this.reports
      .updateOne({ _id: reportId, transmission: trusted({ $exists: false }) }, { $set: { transmission }, $push: { outbox: { $each: outboxEntries([event]) } } })
      .exec();
    if (updated.modifiedCount === 0) return this.execute(principal, reportId);
    this.relay.nudge();
    return receipt(reportId, transmission, false);
  }
}

function receipt(reportId: string, transmission: TransmissionRecord, replayed: boolean): TransmissionReceipt {
  return {
    reportId,
    transmissionId: transmission.transmissionId,
    toCountry: transmission.toCountry,
    transmittedAt: new Date(transmission.transmittedAt).toISOString(),
    replayed,
  };
}
