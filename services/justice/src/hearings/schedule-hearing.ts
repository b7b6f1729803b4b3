import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { HearingScheduledEvent } from '@harbour/contracts';
import { justiceFact } from '../facts/justice-fact';
import { arrangementDueBy } from './hearing';
import { HearingRepository } from './hearing.repository';
import { ScheduleHearingDto } from './hearing-requests.dto';
import { HearingView, toHearingView } from './hearing.view';

/**
 * Records an interview or hearing of the victim with the arrangements asked for it. The fact
 * says only whether an interpreter is needed, which opens the journey's VRD Art 7 clock.
 */
@Injectable()
export class ScheduleHearing {
  constructor(private readonly hearings: HearingRepository) {}

  async execute(journeyId: string, request: ScheduleHearingDto, recordedBy: string): Promise<HearingView> {
    const recordedAt = new Date();
    const scheduledFor = new Date(request.scheduledFor);
    const hearingId = randomUUID();
    const fact = justiceFact(HearingScheduledEvent, journeyId, recordedAt, {
      hearingId,
      scheduledFor: scheduledFor.toISOString(),
      interpreterNeeded: request.interpreterLanguage !== undefined,
      recordedAt: recordedAt.toISOString(),
    });
    const { record } = await this.hearings.insertWithFacts(
      {
        _id: hearingId,
        journeyId,
        kind: request.kind,
        scheduledFor,
        ...(request.interpreterLanguage ? { interpreterLanguage: request.interpreterLanguage } : {}),
        arrangements: (request.arrangements ?? []).map((arrangement) => ({
          arrangement,
          dueBy: arrangementDueBy(scheduledFor, recordedAt),
          status: 'requested' as const,
        })),
        recordedAt,
        recordedBy,
      },
      [fact],
      async () => null,
    );
    return toHearingView(record);
  }
}
