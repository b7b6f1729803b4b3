import { ConflictException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { buildEvent, ReportReceivedEvent } from '@harbour/contracts';
import { outboxEntries, OutboxRelay } from '@harbour/messaging';
import { Keyring } from '@harbour/persistence';
import { Model } from 'mongoose';
import { createHash, randomUUID } from 'node:crypto';
import { CreateReportDto } from './create-report.dto';
import { JourneyLinks } from './journey-links';
import { REPORT_MODEL, ReportRecord } from './report.schema';

export interface ReceiveReportCommand {
  report: CreateReportDto;
  /** Token subject of whoever records the report. */
  receivedBy: string;
  /** Organisation of the reporting party; victim references are unique only within it. */
  reportingParty: string;
  /** Client-chosen key that makes a retried POST return the first answer instead of a second report. */
  idempotencyKey?: string;
}

export interface ReportReceipt {
  reportId: string;
  journeyId: string;
  receivedAt: string;
  replayed: boolean;
}

/**
 * Stores a report and, in the same single-document write, the ReportReceived fact for the
 * journey. Nothing is published here: the outbox relay does that, so a crash after the write
 * loses nothing and a crash before it leaves nothing half-done.
 */
@Injectable()
export class ReceiveReport {
  constructor(
    @InjectModel(REPORT_MODEL) private readonly reports: Model<ReportRecord>,
    private readonly journeyLinks: JourneyLinks,
    private readonly keyring: Keyring,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(command: ReceiveReportCommand): Promise<ReportReceipt> {
    const { report } = command;
    const reportId = command.idempotencyKey ? reportIdFor(command.receivedBy, command.idempotencyKey) : randomUUID();
    const existing = command.idempotencyKey ? await this.reports.findById(reportId).lean().exec() : null;
    if (existing) return this.replay(existing, command);

    const journeyId = await this.journeyLinks.journeyFor(command.reportingParty, report.victimReference);
    const receivedAt = new Date();
    const event = buildEvent(ReportReceivedEvent, {
      id: randomUUID(),
      journeyId,
      time: receivedAt.toISOString(),
      data: {
        reportId,
        channel: report.channel,
        country: report.country,
        crimeType: report.crimeType,
        language: report.language,
        formalComplaint: report.formalComplaint,
        receivedAt: receivedAt.toISOString(),
      },
    });
    try {
      await this.reports.create({
        _id: reportId,
        journeyId,
        channel: report.channel,
        country: report.country,
        crimeType: report.crimeType,
        language: report.language,
        formalComplaint: report.formalComplaint,
        encryptedVictimReference: await this.keyring.encrypt(journeyId, report.victimReference),
        receivedAt,
        receivedBy: command.receivedBy,
        outbox: outboxEntries([event]),
      });
    } catch (error) {
      // Two retries of one request racing: the first write wins, the second answers with it.
      if (isDuplicateKey(error) && command.idempotencyKey) return this.replay((await this.reports.findById(reportId).lean().exec())!, command);
      throw error;
    }
    this.relay.nudge();
    return { reportId, journeyId, receivedAt: receivedAt.toISOString(), replayed: false };
  }

  private replay(existing: ReportRecord, command: ReceiveReportCommand): ReportReceipt {
    if (existing.receivedBy !== command.receivedBy) throw new ConflictException('Idempotency-Key was already used for another report');
    return { reportId: existing._id, journeyId: existing.journeyId, receivedAt: existing.receivedAt.toISOString(), replayed: true };
  }
}

/** A stable report id per caller and idempotency key (UUID layout, version 8 = custom). */
function reportIdFor(receivedBy: string, idempotencyKey: string): string {
  const hex = createHash('sha256').update(`${receivedBy}\u0000${idempotencyKey}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: number }).code === 11000;
}
