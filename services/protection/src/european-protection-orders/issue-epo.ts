import { Injectable } from '@nestjs/common';
import { ServedCountry } from '@harbour/contracts';
import { isOrder, Measure, takeMeasure } from '../measures/measure';
import { MeasureConflictError, MeasureNotFoundError } from '../measures/measure-errors';
import { MeasureRepository } from '../measures/measure.repository';
import { inForceStatus } from '../measures/measure-status';

export interface IssueEpoCommand {
  journeyId: string;
  executingCountry: ServedCountry;
  underlyingOrderId: string;
  issuedBy: string;
}

/**
 * Issues a European Protection Order (Directive 2011/99/EU Art 6) for a victim moving to another
 * state. It extends a national order of the same journey that is in force, and ends with it.
 * It is a measure like the others, so breaches, reminders, renewal and expiry work alike.
 */
@Injectable()
export class IssueEpo {
  constructor(private readonly measures: MeasureRepository) {}

  async execute(command: IssueEpoCommand): Promise<Measure> {
    const underlying = await this.measures.findOne(command.journeyId, { _id: command.underlyingOrderId });
    if (!underlying) throw new MeasureNotFoundError(`order of journey ${command.journeyId}`, command.underlyingOrderId);
    if (!isOrder(underlying.kind) || underlying.epo) {
      throw new MeasureConflictError(`a European Protection Order extends a national order; ${underlying._id} is a ${underlying.kind}`);
    }
    if (!inForceStatus(underlying.status)) throw new MeasureConflictError(`order ${underlying._id} is ${underlying.status}: only an order in force is extended`);
    const issuedAt = new Date();
    const epo = takeMeasure(
      {
        journeyId: command.journeyId,
        kind: 'european-protection-order',
        startsAt: issuedAt,
        endsAt: underlying.endsAt,
        takenBy: command.issuedBy,
        epo: { executingCountry: command.executingCountry, underlyingOrderId: underlying._id, issuedAt },
      },
      issuedAt,
    );
    return this.measures.insert(epo);
  }
}
