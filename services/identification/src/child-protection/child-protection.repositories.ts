import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { OutboxRelay } from '@harbour/messaging';
import { JourneyRecords } from '../shared/journey-records';
import { AGE_UNCERTAINTY_MODEL, AgeUncertaintyRecord, GUARDIAN_REQUEST_MODEL, GuardianRequest } from './child-protection.schema';

@Injectable()
export class AgeUncertaintyRepository extends JourneyRecords<AgeUncertaintyRecord> implements OnModuleInit {
  constructor(@InjectModel(AGE_UNCERTAINTY_MODEL) model: Model<AgeUncertaintyRecord>, relay: OutboxRelay) {
    super(model, relay);
  }

  /** One presumption per journey relies on the unique index, so it must exist before the first one. */
  async onModuleInit(): Promise<void> {
    await this.model.init();
  }
}

@Injectable()
export class GuardianRequestsRepository extends JourneyRecords<GuardianRequest> {
  constructor(@InjectModel(GUARDIAN_REQUEST_MODEL) model: Model<GuardianRequest>, relay: OutboxRelay) {
    super(model, relay);
  }
}
