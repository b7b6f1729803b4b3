import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CloudEvent } from '@harbour/contracts';
import { appendToOutbox, OutboxRelay } from '@harbour/messaging';
import { ScopedRepository } from '@harbour/persistence';
import { PlannedReturn } from './planned-return';
import { RETURN_MODEL } from './planned-return.schema';

/** Planned returns, scoped by the organisation that plans them; each change carries its facts in the same write. */
@Injectable()
export class ReturnsRepository extends ScopedRepository<PlannedReturn, 'organisationId'> {
  constructor(
    @InjectModel(RETURN_MODEL) model: Model<PlannedReturn>,
    private readonly relay: OutboxRelay,
  ) {
    super(model, 'organisationId');
  }

  async insert(planned: PlannedReturn): Promise<void> {
    await this.create(planned.organisationId, planned);
    this.relay.nudge();
  }

  /** Records the ready plan only if the return is still planned; false when another request made it ready first. */
  async markReady(planned: PlannedReturn, fields: Partial<PlannedReturn>, events: CloudEvent[]): Promise<boolean> {
    const { modified } = await this.updateOne(planned.organisationId, { _id: planned._id, status: 'planned' }, { $set: fields, ...appendToOutbox(events) });
    if (modified === 1) this.relay.nudge();
    return modified === 1;
  }
}
