import { Model, UpdateQuery } from 'mongoose';
import { CloudEvent } from '@harbour/contracts';
import { isDuplicateKey, ScopedFilter, ScopedRepository } from '@harbour/persistence';
import { appendToOutbox, outboxEntries } from './outbox-entries';
import { WithOutbox } from './outbox.plugin';
import { OutboxRelay } from './outbox-relay';

/** A record of one journey: its id, its journey, and the facts waiting in its outbox. */
export type JourneyRecord = WithOutbox & { _id: string; journeyId: string };

/**
 * Records of a victim's journey, scoped by journey, whose facts are written in the same
 * single-document write as the record (the outbox), then relayed to Kafka.
 */
export class JourneyRecords<T extends JourneyRecord> extends ScopedRepository<T, 'journeyId'> {
  constructor(
    model: Model<T>,
    protected readonly relay: OutboxRelay,
  ) {
    super(model, 'journeyId');
  }

  /** The unique indexes guard idempotency, so they must exist before the first write. */
  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /**
   * Stores a new record with its facts. When a unique key says it was stored before (a retry)
   * and `findEarlier` finds it, returns the first one and records nothing new.
   */
  async insertWithFacts(
    record: Omit<T, 'outbox'>,
    facts: readonly CloudEvent[],
    findEarlier?: () => Promise<T | null>,
  ): Promise<{ record: T; created: boolean }> {
    try {
      const created = await this.create(record.journeyId, { ...record, outbox: outboxEntries(facts) } as unknown as Omit<T, 'journeyId'>);
      this.relay.nudge();
      return { record: created, created: true };
    } catch (error) {
      if (!isDuplicateKey(error) || !findEarlier) throw error;
      const earlier = await findEarlier();
      if (!earlier) throw error;
      return { record: earlier, created: false };
    }
  }

  /** Changes one record of the journey and appends its facts in the same write; false when the filter matched nothing. */
  async updateWithFacts(journeyId: string, filter: ScopedFilter<T, 'journeyId'>, update: UpdateQuery<T>, facts: readonly CloudEvent[]): Promise<boolean> {
    const withFacts = facts.length > 0 ? { ...update, $push: { ...(update.$push ?? {}), ...appendToOutbox(facts).$push } } : update;
    const { matched } = await this.updateOne(journeyId, filter, withFacts as UpdateQuery<T>);
    if (matched > 0 && facts.length > 0) this.relay.nudge();
    return matched > 0;
  }

  /** For paths that name a record by its own id only (e.g. /hearings/:id): the caller's role was checked, the journey comes from the record. */
  findById(id: string): Promise<T | null> {
    return this.model.findOne({ _id: id }).lean<T>();
  }
}
