import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import { Model } from 'mongoose';
import { ImmigrationOffenceCategories, NonPunishmentFlaggedEvent, NonPunishmentOffenceCategory } from '@harbour/contracts';
import { JourneyRecords, OutboxRelay } from '@harbour/messaging';
import { journeyFact } from '../shared/journey-fact';
import { NON_PUNISHMENT_FLAG_MODEL, NonPunishmentFlag } from './non-punishment-flag.schema';

@Injectable()
export class NonPunishmentFlagsRepository extends JourneyRecords<NonPunishmentFlag> {
  constructor(@InjectModel(NON_PUNISHMENT_FLAG_MODEL) model: Model<NonPunishmentFlag>, relay: OutboxRelay) {
    super(model, relay);
  }
}

/** Raises the non-punishment flag; the journey then has the prosecution told within its deadline. */
@Injectable()
export class FlagNonPunishment {
  constructor(private readonly flags: NonPunishmentFlagsRepository) {}

  async execute(journeyId: string, offenceCategory: NonPunishmentOffenceCategory | undefined, actor: string): Promise<NonPunishmentFlag> {
    const flaggedAt = new Date();
    const flag = { _id: randomUUID(), journeyId, flaggedAt, flaggedBy: actor, ...(offenceCategory ? { offenceCategory } : {}) };
    // An immigration-related category stays here: the fact says only that an offence linked to the trafficking is suspected.
    const published = offenceCategory && !ImmigrationOffenceCategories.includes(offenceCategory) ? { offenceCategory } : {};
    const fact = journeyFact(NonPunishmentFlaggedEvent, journeyId, flaggedAt, { flagId: flag._id, flaggedAt: flaggedAt.toISOString(), ...published });
    await this.flags.insertWithFacts(flag, [fact]);
    return { ...flag, outbox: [] };
  }
}
