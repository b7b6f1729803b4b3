import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { OutboxRelay } from '@harbour/messaging';
import { ScopedRepository } from '@harbour/persistence';
import { Assessment } from './assessment';
import { ASSESSMENT_MODEL } from './assessment.schema';

@Injectable()
export class AssessmentRepository extends ScopedRepository<Assessment, 'journeyId'> {
  constructor(
    @InjectModel(ASSESSMENT_MODEL) model: Model<Assessment>,
    private readonly relay: OutboxRelay,
  ) {
    super(model, 'journeyId');
  }

  /** An assessment by its id alone, as GET /assessments/:id names it. */
  findById(assessmentId: string): Promise<Assessment | null> {
    return this.model.findById(assessmentId).lean<Assessment>();
  }

  async latest(journeyId: string): Promise<Assessment | undefined> {
    const [latest] = await this.find(journeyId, {}, { sort: { completedAt: -1 }, limit: 1 });
    return latest;
  }

  async insert(assessment: Assessment): Promise<void> {
    await this.create(assessment.journeyId, assessment);
    this.relay.nudge();
  }
}
