import { ConflictException, Injectable } from '@nestjs/common';
import { NonPunishmentNotice, NonPunishmentNotifiedEvent, NotifyProsecutionOfNonPunishmentCommand } from '@harbour/contracts';
import { justiceFact } from '../facts/justice-fact';
import { NonPunishmentNoticeRepository } from './non-punishment-notice';

export class FlagOfAnotherJourneyError extends ConflictException {
  constructor() {
    super('this flagId was already notified for another journey');
  }
}

/**
 * Records that the prosecution was told that a suspect is a presumed victim (ATD Art 8), and
 * publishes NonPunishmentNotified. Idempotent on the flag: telling again answers with the first notice.
 */
@Injectable()
export class NotifyProsecution {
  constructor(private readonly notices: NonPunishmentNoticeRepository) {}

  async execute({ journeyId, flagId }: NotifyProsecutionOfNonPunishmentCommand, notifiedBy: string): Promise<NonPunishmentNotice> {
    const notifiedAt = new Date();
    const fact = justiceFact(NonPunishmentNotifiedEvent, journeyId, notifiedAt, { flagId, notifiedAt: notifiedAt.toISOString() });
    const { record } = await this.notices.insertWithFacts({ _id: flagId, journeyId, notifiedAt, notifiedBy }, [fact], () =>
      this.notices.findById(flagId),
    );
    if (record.journeyId !== journeyId) throw new FlagOfAnotherJourneyError();
    return { flagId, notifiedAt: record.notifiedAt.toISOString() };
  }
}
