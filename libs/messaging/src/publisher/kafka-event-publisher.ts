import { Admin, Kafka, Message, Producer } from 'kafkajs';
import { CloudEvent, KafkaRecord, toKafkaRecord } from '@harbour/contracts';
import { ensureTopics } from '../kafka/ensure-topics';
import { RELIABLE_PRODUCER } from '../kafka/reliable-producer';
import { registeredTopic, TopicOf } from '../kafka/topic-of';
import { withActiveTraceparent } from '../tracing/trace-context';

/** An already-encoded record and its destination, as the outbox stores it. */
export interface OutgoingRecord {
  topic: string;
  record: KafkaRecord;
}

export interface KafkaEventPublisherOptions {
  /** Where each event goes; the contracts registry by default. */
  topicOf?: TopicOf;
}

/**
 * Publishes facts in CloudEvents binary mode with an idempotent producer (no duplicates from
 * producer retries, order kept per partition) and waits for every in-sync replica.
 */
export class KafkaEventPublisher {
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly topicOf: TopicOf;
  private readonly provisioned = new Map<string, Promise<void>>();

  constructor(kafka: Kafka, options: KafkaEventPublisherOptions = {}) {
    this.producer = kafka.producer(RELIABLE_PRODUCER);
    this.admin = kafka.admin();
    this.topicOf = options.topicOf ?? registeredTopic;
  }

  async connect(): Promise<void> {
    await Promise.all([this.producer.connect(), this.admin.connect()]);
  }

  async publish(events: readonly CloudEvent[]): Promise<void> {
    await this.publishRecords(
      events.map((event) => {
        const traced = withActiveTraceparent(event);
        return { topic: this.topicOf(traced), record: toKafkaRecord(traced) };
      }),
    );
  }

  /** Sends records in the given order (per topic and key), in one batch. */
  async publishRecords(records: readonly OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    const byTopic = new Map<string, Message[]>();
    for (const { topic, record } of records) {
      const messages = byTopic.get(topic) ?? [];
      messages.push({ key: record.key, value: record.value, headers: record.headers });
      byTopic.set(topic, messages);
    }
    await this.provision([...byTopic.keys()]);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
  }

  async disconnect(): Promise<void> {
    await Promise.all([this.producer.disconnect(), this.admin.disconnect()]);
  }

  /** Creates each topic once per publisher; concurrent sends to a new topic share the creation. */
  private async provision(topics: string[]): Promise<void> {
    const unknown = topics.filter((topic) => !this.provisioned.has(topic));
    if (unknown.length > 0) {
      const creation = ensureTopics(this.admin, unknown);
      for (const topic of unknown) this.provisioned.set(topic, creation);
      creation.catch(() => unknown.forEach((topic) => this.provisioned.delete(topic)));
    }
    await Promise.all(topics.map((topic) => this.provisioned.get(topic)));
  }
}
