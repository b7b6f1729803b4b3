import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { JourneyRecords, OutboxRelay } from '@harbour/messaging';
import { SCREENING_MODEL, ScreeningRecord } from './screening.schema';

@Injectable()
export class ScreeningsRepository extends JourneyRecords<ScreeningRecord> {
  constructor(@InjectModel(SCREENING_MODEL) model: Model<ScreeningRecord>, relay: OutboxRelay) {
    super(model, relay);
  }
}
