import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { OutboxRelay } from '@harbour/messaging';
import { ScopedRepository } from '@harbour/persistence';
import { ReassessmentRequest } from './reassessment-request';
import { REASSESSMENT_REQUEST_MODEL } from './reassessment-request.schema';

const DUPLICATE_KEY = 11000;

@Injectable()
export class ReassessmentRequestRepository extends ScopedRepository<ReassessmentRequest, 'journeyId'> {
  constructor(
    @InjectModel(REASSESSMENT_REQUEST_MODEL) model: Model<ReassessmentRequest>,
    private readonly relay: OutboxRelay,
  ) {
    super(model, 'journeyId');
  }

  /** Stores a request; storing the same request again (a retry) leaves the first. */
  async insert(request: ReassessmentRequest): Promise<void> {
    try {
      await this.create(request.journeyId, request);
    } catch (error) {
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
    }
    this.relay.nudge();
  }

  /** The journey's requests made after `since` (all of them when it is absent): those the next assessment answers. */
  madeSince(journeyId: string, since: Date | undefined): Promise<ReassessmentRequest[]> {
    return this.find(journeyId, since ? { requestedAt: mongoose.trusted({ $gt: since }) } : {}, { sort: { requestedAt: 1 }, limit: 100 });
  }
}
