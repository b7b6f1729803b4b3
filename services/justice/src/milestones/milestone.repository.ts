import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { JourneyRecords, OutboxRelay } from '@harbour/messaging';
import { Milestone } from './milestone';
import { MILESTONE_MODEL } from './milestone.schema';

@Injectable()
export class MilestoneRepository extends JourneyRecords<Milestone> {
  constructor(@InjectModel(MILESTONE_MODEL) model: Model<Milestone>, relay: OutboxRelay) {
    super(model, relay);
  }

  findByMessageId(messageId: string): Promise<Milestone | null> {
    return this.model.findOne({ messageId }).lean<Milestone>();
  }

  /** Notifications whose time has come, release and escape first, then in the order recorded. */
  dueNotifications(now: Date, limit: number): Promise<Milestone[]> {
    return this.model
      .find({ 'notification.status': 'pending', 'notification.nextAttemptAt': mongoose.trusted({ $lte: now }) })
      .sort({ 'notification.priority': 1, recordedAt: 1 })
      .limit(limit)
      .lean<Milestone[]>();
  }
}
