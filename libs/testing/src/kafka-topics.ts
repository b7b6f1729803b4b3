import { createKafka, ensureTopics } from '@harbour/messaging';
import { IHeaders, Kafka, logLevel } from 'kafkajs';
import { uniqueName } from './unique-name';

export interface TopicRecord {
  key: string | null;
  headers: Record<string, string>;
  value: string | null;
  partition: number;
  offset: string;
}

export interface ReadTopicOptions {
  /** Stop reading as soon as this holds for the records read so far. */
  until: (records: TopicRecord[]) => boolean;
  timeoutMs?: number;
}

function kafka(brokers: string[], clientId: string): Kafka {
  return createKafka({ clientId, brokers, logLevel: logLevel.ERROR });
}

function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const first = Array.isArray(raw) ? raw[0] : raw;
    if (first !== undefined) decoded[name] = first.toString();
  }
  return decoded;
}

/** Creates the topics (3 partitions each) and waits until the broker has their leaders. */
export async function createTopics(brokers: string[], topics: string[], numPartitions = 3): Promise<void> {
  const admin = kafka(brokers, 'harbour-test-admin').admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: topics.map((topic) => ({ topic, numPartitions })), waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads a topic from the beginning with a throwaway consumer group and returns the records
 * read when `until` first holds. Throws, naming the topic and the count read, after the timeout.
 */
export async function readTopic(
  brokers: string[],
  topic: string,
  { until, timeoutMs = 30_000 }: ReadTopicOptions,
): Promise<TopicRecord[]> {
  const records: TopicRecord[] = [];
  if (until(records)) return records;
  // On a fresh broker the topic may not exist until the first event is published: create it as the publisher would.
  const admin = kafka(brokers, 'harbour-test-reader').admin();
  await admin.connect();
  try {
    await ensureTopics(admin, [topic]);
  } finally {
    await admin.disconnect();
  }
  const consumer = kafka(brokers, 'harbour-test-reader').consumer({ groupId: uniqueName('read-topic') });
  let timer: NodeJS.Timeout | undefined;
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<TopicRecord[]>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`read ${records.length} record(s) from ${topic} in ${timeoutMs} ms without the expected ones`)),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            records.push({
              key: message.key?.toString() ?? null,
              headers: decodeHeaders(message.headers),
              value: message.value?.toString() ?? null,
              partition,
              offset: message.offset,
            });
            if (until(records)) resolve([...records]);
          },
        })
        .catch(reject);
    });
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
}
