import { Injectable } from '@nestjs/common';
import { Measure, NewMeasure, takeMeasure } from './measure';
import { InvalidMeasureRequestError } from './measure-errors';
import { MeasureRepository } from './measure.repository';

/** Records a measure taken for the victim; an order sends OrderIssued, which opens the journey's expiry clock. */
@Injectable()
export class TakeMeasure {
  constructor(private readonly measures: MeasureRepository) {}

  async execute(draft: Omit<NewMeasure, 'epo'>): Promise<Measure> {
    if (draft.kind === 'european-protection-order') {
      throw new InvalidMeasureRequestError('a European Protection Order is issued from a national order: POST /journeys/{journeyId}/european-protection-orders');
    }
    return this.measures.insert(takeMeasure(draft, new Date()));
  }
}
