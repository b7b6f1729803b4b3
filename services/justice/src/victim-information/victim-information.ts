import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { InformationChannel, InformationChannels } from '@harbour/contracts';
import { JourneyRecord, JourneyRecords, outboxPlugin, OutboxRelay } from '@harbour/messaging';

export const VICTIM_INFORMATION_MODEL = 'VictimInformation';

/** That the VRD Art 4 information was given: how, in which language, when and by whom. */
export interface VictimInformation extends JourneyRecord {
  language: string;
  channel: InformationChannel;
  providedAt: Date;
  recordedBy: string;
}

export const victimInformationSchema = new Schema<VictimInformation>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true, index: true },
    language: { type: String, required: true },
    channel: { type: String, enum: InformationChannels, required: true },
    providedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
  },
  { collection: 'victim_information', versionKey: false },
).plugin(outboxPlugin);

@Injectable()
export class VictimInformationRepository extends JourneyRecords<VictimInformation> {
  constructor(@InjectModel(VICTIM_INFORMATION_MODEL) model: Model<VictimInformation>, relay: OutboxRelay) {
    super(model, relay);
  }
}
