import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model, UpdateQuery } from 'mongoose';
import { appendToOutbox, OutboxRelay } from '@harbour/messaging';
import { ScopedRepository } from '@harbour/persistence';
import { Measure, MeasureChange } from './measure';
import { MeasureConflictError } from './measure-errors';
import { MEASURE_MODEL } from './measure.schema';
import { nextMeasureStatus } from './measure-status';

/**
 * Measures, scoped by journey. Every change is one update guarded by the revision it was planned
 * from, which also appends its facts to the outbox: the change and its events are atomic without
 * transactions, and two changes racing cannot both apply.
 */
@Injectable()
export class MeasureRepository extends ScopedRepository<Measure, 'journeyId'> {
  constructor(
    @InjectModel(MEASURE_MODEL) model: Model<Measure>,
    private readonly relay: OutboxRelay,
  ) {
    super(model, 'journeyId');
  }

  /** A measure by its id alone, for routes and activities that name it so; the caller then works in its journey. */
  findById(measureId: string): Promise<Measure | null> {
    return this.model.findById(measureId).lean<Measure>();
  }

  ofJourney(journeyId: string): Promise<Measure[]> {
    return this.find(journeyId, {}, { sort: { takenAt: -1, _id: 1 }, limit: 500 });
  }

  /** Measures in force whose end date has come by `asOf`. */
  endedBy(asOf: Date, limit: number): Promise<Measure[]> {
    return this.model
      // Operators written here, never taken from a request: trusted past the filter sanitiser.
      .find({ status: mongoose.trusted({ $in: ['active', 'renewed'] }), endsAt: mongoose.trusted({ $lte: asOf }) })
      .sort({ endsAt: 1 })
      .limit(limit)
      .lean<Measure[]>();
  }

  async insert(measure: Measure): Promise<Measure> {
    const stored = await this.create(measure.journeyId, measure);
    this.relay.nudge();
    return stored;
  }

  /** Applies a planned change, or refuses it as the status table would when the measure moved on meanwhile. */
  async apply(measure: Measure, change: MeasureChange): Promise<Measure> {
    const update: UpdateQuery<Measure> = {
      $set: { status: change.status, ...change.set },
      $inc: { revision: 1 },
      $push: { ...change.push, ...appendToOutbox(change.events).$push },
    };
    const { matched } = await this.updateOne(measure.journeyId, { _id: measure._id, revision: measure.revision }, update);
    if (matched === 0) {
      const current = await this.findOne(measure.journeyId, { _id: measure._id });
      if (current) nextMeasureStatus(current.status, change.action);
      throw new MeasureConflictError(`measure ${measure._id} changed meanwhile: read it again`);
    }
    this.relay.nudge();
    return (await this.findOne(measure.journeyId, { _id: measure._id }))!;
  }
}
