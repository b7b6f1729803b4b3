import { Model } from 'mongoose';
import { messagingLogger } from '../logging/messaging-logger';
import { relayedOutboxEvents } from '../metrics/messaging-metrics';
import { KafkaEventPublisher } from '../publisher/kafka-event-publisher';
import { OutboxEntry, PENDING_OUTBOX_FILTER } from './outbox.plugin';

/** What the relay needs of a mongoose model whose schema uses `outboxPlugin`. */
export type OutboxModel = Pick<Model<unknown>, 'collection' | 'modelName'>;

export interface OutboxRelayOptions {
  publisher: Pick<KafkaEventPublisher, 'publishRecords'>;
  /** The models to relay for, or a function giving them once they exist (Nest resolves them at bootstrap). */
  models: readonly OutboxModel[] | (() => readonly OutboxModel[]);
  /** How long the relay sleeps when nothing is pending and nobody nudges it. */
  pollIntervalMs?: number;
  /** Documents read per round and model. */
  batchSize?: number;
}

interface PendingDocument {
  _id: unknown;
  outbox: OutboxEntry[];
}

/**
 * Publishes the events waiting in aggregates' outboxes, in order per document, then removes
 * each one with an update conditional on its event id being first in the outbox. A crash
 * between sending and removing sends the event again: delivery is at-least-once and consumers
 * deduplicate by event id. Several relays may run at once; none loses an event.
 */
export class OutboxRelay {
  private readonly log = messagingLogger('OutboxRelay');
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private draining: Promise<unknown> = Promise.resolve();
  private loop?: Promise<void>;
  private stopped = true;
  private nudged = false;
  private wake?: () => void;

  constructor(private readonly options: OutboxRelayOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 100;
  }

  start(): void {
    if (this.loop) return;
    this.stopped = false;
    this.loop = this.run();
  }

  /** Stops polling and waits for the drain in flight, so no send is cut in half. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
    await this.draining;
  }

  /** Drains now instead of at the next poll, e.g. right after a write appended events. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** Publishes everything pending (one drain at a time per relay); resolves to the number of events sent. */
  drain(): Promise<number> {
    const run = this.draining.then(() => this.drainAll());
    this.draining = run.catch(() => undefined);
    return run;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.nudged = false;
      try {
        await this.drain();
      } catch (error) {
        this.log.error('outbox drain failed; retrying at the next poll', { error });
      }
      if (!this.nudged && !this.stopped) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake?.(), this.pollIntervalMs);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  private async drainAll(): Promise<number> {
    let sent = 0;
    for (;;) {
      let removed = 0;
      for (const model of this.models()) {
        const round = await this.relay(model).catch((error: unknown) => {
          throw new Error(`outbox of ${model.modelName} not relayed: ${(error as Error).message}`, { cause: error });
        });
        sent += round.sent;
        removed += round.removed;
      }
      // Nothing removed means nothing left, or another relay removing it: either way, done.
      if (removed === 0) return sent;
    }
  }

  private async relay(model: OutboxModel): Promise<{ sent: number; removed: number }> {
    const documents = (await model.collection
      .find(PENDING_OUTBOX_FILTER, { projection: { outbox: 1 } })
      .limit(this.batchSize)
      .toArray()) as PendingDocument[];
    const entries = documents.flatMap((document) => document.outbox);
    if (entries.length === 0) return { sent: 0, removed: 0 };
    await this.options.publisher.publishRecords(entries.map(({ topic, record }) => ({ topic, record })));
    relayedOutboxEvents.inc({ outbox: model.modelName }, entries.length);
    let removed = 0;
    for (const document of documents) {
      for (const entry of document.outbox) {
        const firstIsThisEntry: Record<string, unknown> = { _id: document._id, 'outbox.0.eventId': entry.eventId };
        const result = await model.collection.updateOne(firstIsThisEntry, { $pop: { outbox: -1 } });
        removed += result.modifiedCount;
      }
    }
    return { sent: entries.length, removed };
  }

  private models(): readonly OutboxModel[] {
    const { models } = this.options;
    return typeof models === 'function' ? models() : models;
  }
}
