import { Injectable } from '@nestjs/common';
import { Measure, MeasureStep, planStep } from './measure';
import { MeasureNotFoundError } from './measure-errors';
import { MeasureRepository } from './measure.repository';

export interface ChangeMeasureCommand {
  measureId: string;
  step: MeasureStep;
  /** The token subject of the officer, or `journey` for the journey's activities. */
  actor: string;
  /** Only a measure this accepts is changed; otherwise it is answered as not found. */
  accept?: (measure: Measure) => boolean;
}

/** Renews, refuses renewal, revokes, reports a breach, reminds, expires or records recognition: one planned, guarded update. */
@Injectable()
export class ChangeMeasure {
  constructor(private readonly measures: MeasureRepository) {}

  async execute({ measureId, step, actor, accept }: ChangeMeasureCommand, what = 'measure'): Promise<Measure> {
    const measure = await this.measures.findById(measureId);
    if (!measure || (accept && !accept(measure))) throw new MeasureNotFoundError(what, measureId);
    return this.measures.apply(measure, planStep(measure, step, actor, new Date()));
  }
}
