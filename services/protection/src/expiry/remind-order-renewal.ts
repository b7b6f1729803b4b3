import { Injectable } from '@nestjs/common';
import { RemindOrderRenewalCommand } from '@harbour/contracts';
import { planStep } from '../measures/measure';
import { MeasureNotFoundError } from '../measures/measure-errors';
import { MeasureRepository } from '../measures/measure.repository';
import { inForceStatus } from '../measures/measure-status';
import { JOURNEY_ACTOR } from './expire-order';

/**
 * Records a renewal reminder on the order and publishes OrderExpiring. Idempotent on the
 * reminder's due time; an order no longer in force needs no reminder.
 */
@Injectable()
export class RemindOrderRenewal {
  constructor(private readonly measures: MeasureRepository) {}

  async execute({ journeyId, orderId, dueAt }: RemindOrderRenewalCommand): Promise<boolean> {
    const measure = await this.measures.findOne(journeyId, { _id: orderId });
    if (!measure) throw new MeasureNotFoundError(`order of journey ${journeyId}`, orderId);
    const due = new Date(dueAt);
    if (!inForceStatus(measure.status) || measure.reminders.some((reminder) => reminder.dueAt.getTime() === due.getTime())) return false;
    await this.measures.apply(measure, planStep(measure, { action: 'remind', dueAt: due }, JOURNEY_ACTOR, new Date()));
    return true;
  }
}
