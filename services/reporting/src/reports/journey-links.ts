import { ConflictException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Keyring } from '@harbour/persistence';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { JOURNEY_LINK_MODEL, JourneyLinkRecord } from './journey-link.schema';

/**
 * Finds the journey a victim reference belongs to, opening a new pseudonymous one the first time,
 * or joining the journey the report names (one a screening or a referral opened). A reference
 * already linked to another journey is refused: one person, one journey per reporting party.
 */
@Injectable()
export class JourneyLinks {
  constructor(
    @InjectModel(JOURNEY_LINK_MODEL) private readonly links: Model<JourneyLinkRecord>,
    private readonly keyring: Keyring,
  ) {}

  async journeyFor(reportingParty: string, victimReference: string, namedJourneyId?: string): Promise<string> {
    const _id = this.keyring.keyedHash(`${reportingParty}\u0000${victimReference.trim().toUpperCase()}`);
    // Upsert with $setOnInsert: two reports racing for the same victim still share one journey.
    const link = await this.links
      .findOneAndUpdate({ _id }, { $setOnInsert: { journeyId: namedJourneyId ?? randomUUID() } }, { upsert: true, returnDocument: 'after' })
      .lean()
      .exec();
    if (namedJourneyId && link!.journeyId !== namedJourneyId) {
      throw new ConflictException('victimReference is already linked to another journey than the journeyId named');
    }
    return link!.journeyId;
  }
}
