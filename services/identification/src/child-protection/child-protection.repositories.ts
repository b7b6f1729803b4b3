import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { JourneyRecords, OutboxRelay } from '@harbour/messaging';
import { AGE_UNCERTAINTY_MODEL, AgeUncertaintyRecord, GUARDIAN_REQUEST_MODEL, GuardianRequest } from './child-protection.schema';

@Injectable()
export class AgeUncertaintyRepository extends JourneyRecords<AgeUncertaintyRecord> {
  constructor(@InjectModel(AGE_UNCERTAINTY_MODEL) model: Model<AgeUncertaintyRecord>, relay: OutboxRelay) {
    super(model, relay);
  }
}

@Injectable()
export class GuardianRequestsRepository extends JourneyRecords<GuardianRequest> {
  constructor(@InjectModel(GUARDIAN_REQUEST_MODEL) model: Model<GuardianRequest>, relay: OutboxRelay) {
    super(model, relay);
  }
}
