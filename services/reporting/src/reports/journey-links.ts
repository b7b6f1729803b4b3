import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Keyring } from '@harbour/persistence';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { JOURNEY_LINK_MODEL, JourneyLinkRecord } from './journey-link.schema';

/** Finds the journey a victim reference belongs to, opening a new pseudonymous one the first time. */
@Injectable()
export class JourneyLinks {
  constructor(
    @InjectModel(JOURNEY_LINK_MODEL) private readonly links: Model<JourneyLinkRecord>,
    private readonly keyring: Keyring,
  ) {}

  async journeyFor(reportingParty: string, victimReference: string): Promise<string> {
    const _id = this.keyring.keyedHash(`${reportingParty}\u0000${victimReference.trim().toUpperCase()}`);
    // Upsert with $setOnInsert: two reports racing for the same victim still share one journey.
    const link = await this.links
      .findOneAndUpdate({ _id }, { $setOnInsert: { journeyId: randomUUID() } }, { upsert: true, returnDocument: 'after' })
      .lean()
      .exec();
    return link!.journeyId;
  }
}
