import { Injectable } from '@nestjs/common';
import { Measure, MeasureStep, planStep } from './measure';
import { MeasureNotFoundError } from './measure-errors';
import { MeasureRepository } from './measure.repository';

export interface ChangeMeasureCommand {
  measureId: string;
  step: MeasureStep;
  /** The token subject of the officer, or `journey` for the journey's activities. */
  actor: string;
  /** A route for one kind of measure only, e.g. European Protection Orders: any other is answered as not found. */
  only?: { name: string; accepts: (measure: Measure) => boolean };
}

/** Renews, refuses renewal, revokes, reports a breach, reminds, expires or records recognition: one planned, guarded update. */
@Injectable()
export class ChangeMeasure {
  constructor(private readonly measures: MeasureRepository) {}

  async execute({ measureId, step, actor, only }: ChangeMeasureCommand): Promise<Measure> {
    const measure = await this.measures.findById(measureId);
    if (!measure || (only && !only.accepts(measure))) throw new MeasureNotFoundError(only?.name ?? 'measure', measureId);
    return this.measures.apply(measure, planStep(measure, step, actor, new Date()));
  }
}
