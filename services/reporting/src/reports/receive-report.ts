import { ConflictException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { buildEvent, ReportReceivedEvent } from '@harbour/contracts';
import { outboxEntries, OutboxRelay } from '@harbour/messaging';
import { Keyring } from '@harbour/persistence';
import { doorFields } from '@harbour/service-runtime';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { NamedReportChannel, ReportFactsDto } from './create-report.dto';
import { isCrimeAbroad } from './cross-border';
import { JourneyLinks } from './journey-links';
import { encryptPersonalFields, PersonalFields } from './personal-fields';
import { REPORT_MODEL, ReportRecord } from './report.schema';

export interface ReceiveReportCommand {
  reportId: string;
  channel: NamedReportChannel;
  facts: Omit<ReportFactsDto, 'residencyStatus'>;
  /** Stored encrypted, never published. */
  personal: PersonalFields;
  /** Whom the victim is known to, and by which reference: reports with the same pair join one journey; or the journey it names. */
  journeyLink: { party: string; reference: string; journeyId?: string };
  /** Token subject of whoever records the report. */
  receivedBy: string;
  reportingOrganisation: string;
  /** The organisation of whoever records the report, named on the fact as the one that acted. */
  actingOrganisationId?: string;
  victimConsentRecorded?: boolean;
  fromAnonymousReportId?: string;
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
 * loses nothing and a crash before it leaves nothing half-done. A command whose report id
 * exists already (a retried request) answers with the first receipt.
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
    const { reportId, facts } = command;
    const existing = await this.reports.findById(reportId).lean().exec();
    if (existing) return replay(existing, command);

    const journeyId = await this.journeyLinks.journeyFor(command.journeyLink.party, command.journeyLink.reference, command.journeyLink.journeyId);
    const receivedAt = new Date();
    const crimeAbroad = isCrimeAbroad(facts.country, facts.crimeCountry);
    const event = buildEvent(ReportReceivedEvent, {
      id: randomUUID(),
      journeyId,
      time: receivedAt.toISOString(),
      data: {
        reportId,
        channel: command.channel,
        country: facts.country,
        crimeType: facts.crimeType,
        language: facts.language,
        formalComplaint: facts.formalComplaint,
        receivedAt: receivedAt.toISOString(),
        ...doorFields(facts, command.actingOrganisationId),
        ...(facts.crimeCountry ? { crimeCountry: facts.crimeCountry, crimeAbroad } : {}),
        ...(command.fromAnonymousReportId ? { fromAnonymousReportId: command.fromAnonymousReportId } : {}),
      },
    });
    try {
      await this.reports.create({
        _id: reportId,
        journeyId,
        channel: command.channel,
        country: facts.country,
        crimeCountry: facts.crimeCountry,
        crimeAbroad,
        crimeType: facts.crimeType,
        language: facts.language,
        formalComplaint: facts.formalComplaint,
        reportingOrganisation: command.reportingOrganisation,
        personal: await encryptPersonalFields(this.keyring, journeyId, command.personal),
        victimConsentRecordedAt: command.victimConsentRecorded ? receivedAt : undefined,
        fromAnonymousReportId: command.fromAnonymousReportId,
        receivedAt,
        receivedBy: command.receivedBy,
        outbox: outboxEntries([event]),
      });
    } catch (error) {
      // Two retries of one request racing: the first write wins, the second answers with it.
      if (isDuplicateKey(error)) return replay((await this.reports.findById(reportId).lean().exec())!, command);
      throw error;
    }
    this.relay.nudge();
    return { reportId, journeyId, receivedAt: receivedAt.toISOString(), replayed: false };
  }
}

function replay(existing: ReportRecord, command: ReceiveReportCommand): ReportReceipt {
  if (existing.receivedBy !== command.receivedBy) throw new ConflictException('Idempotency-Key was already used for another report');
  return { reportId: existing._id, journeyId: existing.journeyId, receivedAt: existing.receivedAt.toISOString(), replayed: true };
}

export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: number }).code === 11000;
}
