import { randomUUID } from 'node:crypto';
import { Kafka, KafkaMessage } from 'kafkajs';

// Local stand-ins until libs/testing exports waitFor, uniqueName and readTopic.

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Polls until `probe` returns a value other than undefined/false, or fails after the bound. */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = 60_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface ReadRecord {
  partition: number;
  message: KafkaMessage;
}

/** Reads a topic from the beginning with a throw-away group until `count` records arrived or `until` holds. */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  until: number | ((records: ReadRecord[]) => boolean),
): Promise<ReadRecord[]> {
  const done = typeof until === 'number' ? (records: ReadRecord[]) => records.length >= until : until;
  const consumer = kafka.consumer({ groupId: uniqueName('reader') });
  const records: ReadRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ partition, message }) => void records.push({ partition, message }) });
    await waitFor(() => done(records), { what: `the expected records on ${topic}` });
    return records;
  } finally {
    await consumer.disconnect();
  }
}
