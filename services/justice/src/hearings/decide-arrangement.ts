import { ConflictException, Injectable } from '@nestjs/common';
import { HearingArrangement } from '../justice-vocabulary';
import { ArrangementTransitionError, decideArrangement } from './hearing';
import { ArrangementDecisionDto } from './hearing-requests.dto';
import { HearingNotFoundError } from './hearing-not-found.error';
import { HearingRepository } from './hearing.repository';
import { HearingView, toHearingView } from './hearing.view';

/** Records the court's answer to an arrangement request: granted, or refused with a reason code. */
@Injectable()
export class DecideArrangement {
  constructor(private readonly hearings: HearingRepository) {}

  async execute(hearingId: string, arrangement: HearingArrangement, body: ArrangementDecisionDto, decidedBy: string): Promise<HearingView> {
    const hearing = await this.hearings.findById(hearingId);
    if (!hearing) throw new HearingNotFoundError(hearingId);
    let arrangements;
    try {
      arrangements = decideArrangement(
        hearing.arrangements,
        arrangement,
        { status: body.decision, ...(body.decision === 'refused' ? { reasonCode: body.reasonCode } : {}) },
        decidedBy,
        new Date(),
      );
    } catch (error) {
      if (error instanceof ArrangementTransitionError) throw new ConflictException(error.message);
      throw error;
    }
    if (!arrangements) throw new ConflictException(`no ${arrangement} was requested for this hearing`);
    // Guarded on the request still being open, so a concurrent decision is not overwritten.
    const index = hearing.arrangements.findIndex((request) => request.arrangement === arrangement);
    const stillOpen = { _id: hearingId, [`arrangements.${index}.status`]: 'requested' };
    const changed = await this.hearings.updateWithFacts(hearing.journeyId, stillOpen, { $set: { arrangements } }, []);
    if (!changed) throw new ConflictException('the hearing changed meanwhile; read it again and retry');
    return toHearingView({ ...hearing, arrangements });
  }
}
