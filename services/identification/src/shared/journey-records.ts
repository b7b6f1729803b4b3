import { CloudEvent } from '@harbour/contracts';
import { appendToOutbox, outboxEntries, OutboxRelay, WithOutbox } from '@harbour/messaging';
import { ScopedFilter, ScopedRepository } from '@harbour/persistence';
import { Model, UpdateQuery } from 'mongoose';

const DUPLICATE_KEY = 11000;

export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === DUPLICATE_KEY;
}

/**
 * The records of one kind, scoped by journey, each carrying its own outbox: a record and the
 * facts it publishes are written in one single-document write, and the relay sends them.
 */
export class JourneyRecords<T extends WithOutbox & { _id: string; journeyId: string }> extends ScopedRepository<T, 'journeyId'> {
  constructor(
    model: Model<T>,
    private readonly relay: OutboxRelay,
  ) {
    super(model, 'journeyId');
  }

  /** By its random id, which only those it was given to know; callers check who may see it. */
  byId(id: string): Promise<T | null> {
    return this.model.findOne({ _id: id }).lean<T>();
  }

  async insertWithFacts(record: Omit<T, 'outbox'>, facts: readonly CloudEvent[]): Promise<void> {
    await this.model.create({ ...record, outbox: outboxEntries(facts) });
    this.relay.nudge();
  }

  /** Applies the update only where the guard still holds, with its facts; false when it no longer did. */
  async updateWithFacts(journeyId: string, guard: ScopedFilter<T, 'journeyId'>, update: UpdateQuery<T>, facts: readonly CloudEvent[]): Promise<boolean> {
    const push = { ...(update.$push ?? {}), ...appendToOutbox(facts).$push };
    const { matched } = await this.updateOne(journeyId, guard, { ...update, $push: push } as UpdateQuery<T>);
    if (matched > 0) this.relay.nudge();
    return matched > 0;
  }
}
