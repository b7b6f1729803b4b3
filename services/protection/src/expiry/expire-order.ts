import { Injectable } from '@nestjs/common';
import { ExpireOrderCommand } from '@harbour/contracts';
import { planStep } from '../measures/measure';
import { MeasureNotFoundError } from '../measures/measure-errors';
import { MeasureRepository } from '../measures/measure.repository';
import { inForceStatus } from '../measures/measure-status';

export const JOURNEY_ACTOR = 'journey';

/**
 * Expires an order whose end has come: from the journey's protection-order-expiry clock, or from
 * the service's own sweep. Idempotent: an order already expired or revoked, or renewed past `at`,
 * is left alone.
 */
@Injectable()
export class ExpireOrder {
  constructor(private readonly measures: MeasureRepository) {}

  async execute({ journeyId, orderId, at }: ExpireOrderCommand, actor = JOURNEY_ACTOR): Promise<boolean> {
    const measure = await this.measures.findOne(journeyId, { _id: orderId });
    if (!measure) throw new MeasureNotFoundError(`order of journey ${journeyId}`, orderId);
    const end = new Date(at);
    if (!inForceStatus(measure.status) || (measure.endsAt && measure.endsAt > end)) return false;
    await this.measures.apply(measure, planStep(measure, { action: 'expire', at: end }, actor, new Date()));
    return true;
  }
}
