import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CloudEvent } from '@harbour/contracts';
import { appendToOutbox, OutboxRelay } from '@harbour/messaging';
import { ScopedRepository } from '@harbour/persistence';
import { Page, PageQueryDto, readPage } from '../paging/page';
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

  /** The return or null, for the participation check of the routes that name a return. */
  findById(returnId: string): Promise<PlannedReturn | null> {
    return this.model.findOne({ _id: returnId }).lean<PlannedReturn>();
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

  /** The returns whose cross-border referral went to this organisation, the oldest first: the receiving organisation's inbox. */
  referredTo<V>(organisationId: string, query: PageQueryDto, view: (planned: PlannedReturn) => V): Promise<Page<V>> {
    return readPage(this.model, { 'crossBorderReferral.organisationId': organisationId }, { 'crossBorderReferral.createdAt': 1, _id: 1 }, query, view);
  }
}
