import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ScreeningCompletedEvent } from '@harbour/contracts';
import { Keyring } from '@harbour/persistence';
import { journeyFact } from '../shared/journey-fact';
import { doorFields } from '@harbour/service-runtime';
import { CurrentIndicatorChecklist } from './indicator-checklist';
import { scoreScreening } from './score-screening';
import { CreateScreeningDto } from './screening-requests.dto';
import { ScreeningRecord } from './screening.schema';
import { ScreeningsRepository } from './screenings.repository';

export interface CompleteScreeningCommand {
  screening: CreateScreeningDto;
  recordedBy: string;
  recordedByParty: string;
  /** The caller's organisation, named on the fact as the one that acted. */
  organisationId?: string;
}

/** Scores a screening against the current checklist, stores it and publishes ScreeningCompleted with indicator ids only. */
@Injectable()
export class CompleteScreening {
  constructor(
    private readonly screenings: ScreeningsRepository,
    private readonly keyring: Keyring,
  ) {}

  async execute({ screening, recordedBy, recordedByParty, organisationId }: CompleteScreeningCommand): Promise<ScreeningRecord> {
    const checklist = CurrentIndicatorChecklist;
    const result = scoreScreening(checklist, screening.indicatorIds);
    const journeyId = screening.journeyId ?? randomUUID();
    const completedAt = new Date();
    const record: Omit<ScreeningRecord, 'outbox'> = {
      _id: randomUUID(),
      journeyId,
      checklistVersion: checklist.version,
      indicatorIds: screening.indicatorIds,
      recommendation: result.recommendation,
      flags: result.flags,
      reasons: result.reasons,
      ...(screening.observations ? { encryptedObservations: await this.keyring.encrypt(journeyId, screening.observations) } : {}),
      completedAt,
      recordedBy,
      recordedByParty,
    };
    const completed = journeyFact(ScreeningCompletedEvent, journeyId, completedAt, {
      screeningId: record._id,
      completedAt: completedAt.toISOString(),
      recommendation: result.recommendation,
      indicatorIds: screening.indicatorIds,
      checklistVersion: checklist.version,
      ...doorFields(screening, organisationId),
    });
    await this.screenings.insertWithFacts(record, [completed]);
    return { ...record, outbox: [] };
  }
}
