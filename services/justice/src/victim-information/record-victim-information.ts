import { BadRequestException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { VictimInformationProvidedEvent } from '@harbour/contracts';
import { justiceFact } from '../facts/justice-fact';
import { VictimInformationRepository } from './victim-information';
import { VictimInformationDto } from './victim-information.dto';

export interface RecordVictimInformationCommand {
  journeyId: string;
  information: VictimInformationDto;
  recordedBy: string;
}

/** Records that the victim was given the VRD Art 4 information; the fact meets the journey's vrd-4 clock. */
@Injectable()
export class RecordVictimInformation {
  constructor(private readonly records: VictimInformationRepository) {}

  async execute({ journeyId, information, recordedBy }: RecordVictimInformationCommand): Promise<{ informationId: string; providedAt: string }> {
    const now = new Date();
    const providedAt = information.providedAt ? new Date(information.providedAt) : now;
    if (providedAt > now) throw new BadRequestException('providedAt may not be in the future');
    const informationId = randomUUID();
    const fact = justiceFact(VictimInformationProvidedEvent, journeyId, now, {
      informationId,
      language: information.language,
      channel: information.channel,
      providedAt: providedAt.toISOString(),
    });
    await this.records.insertWithFacts(
      { _id: informationId, journeyId, language: information.language, channel: information.channel, providedAt, recordedBy },
      [fact],
      async () => null,
    );
    return { informationId, providedAt: providedAt.toISOString() };
  }
}
