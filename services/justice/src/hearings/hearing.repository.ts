import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { JourneyRecords, outboxPlugin, OutboxRelay } from '@harbour/messaging';
import { ArrangementRefusalReasons, HearingArrangements, HearingKinds } from '../justice-vocabulary';
import { ArrangementRequest, ArrangementStatuses, Hearing } from './hearing';

export const HEARING_MODEL = 'Hearing';

const arrangementSchema = new Schema<ArrangementRequest>(
  {
    arrangement: { type: String, enum: HearingArrangements, required: true },
    dueBy: { type: Date, required: true },
    status: { type: String, enum: ArrangementStatuses, required: true },
    reasonCode: { type: String, enum: ArrangementRefusalReasons },
    decidedAt: Date,
    decidedBy: String,
  },
  { _id: false },
);

export const hearingSchema = new Schema<Hearing>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, index: true },
    kind: { type: String, enum: HearingKinds, required: true },
    scheduledFor: { type: Date, required: true },
    interpreterLanguage: String,
    arrangements: { type: [arrangementSchema], required: true },
    interpretationBooking: {
      type: new Schema({ bookingId: { type: String, required: true }, bookedAt: { type: Date, required: true }, bookedBy: { type: String, required: true } }, { _id: false }),
      required: false,
    },
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
  },
  { collection: 'hearings', versionKey: false },
).plugin(outboxPlugin);

@Injectable()
export class HearingRepository extends JourneyRecords<Hearing> {
  constructor(@InjectModel(HEARING_MODEL) model: Model<Hearing>, relay: OutboxRelay) {
    super(model, relay);
  }
}
