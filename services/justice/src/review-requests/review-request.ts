import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { JourneyRecord, JourneyRecords, outboxPlugin, OutboxRelay } from '@harbour/messaging';

export const REVIEW_REQUEST_MODEL = 'ReviewRequest';

/** The victim's request that a decision not to prosecute be reviewed (VRD Art 11). */
export interface ReviewRequest extends JourneyRecord {
  /** The decision-not-to-prosecute milestone under review; one request per decision. */
  milestoneId: string;
  requestedAt: Date;
  requestedBy: string;
}

export const reviewRequestSchema = new Schema<ReviewRequest>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    milestoneId: { type: String, required: true, unique: true },
    requestedAt: { type: Date, required: true },
    requestedBy: { type: String, required: true },
  },
  { collection: 'review_requests', versionKey: false },
).plugin(outboxPlugin);

@Injectable()
export class ReviewRequestRepository extends JourneyRecords<ReviewRequest> {
  constructor(@InjectModel(REVIEW_REQUEST_MODEL) model: Model<ReviewRequest>, relay: OutboxRelay) {
    super(model, relay);
  }
}
