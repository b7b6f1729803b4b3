import { logLevel } from 'kafkajs';
import { deadLetterTopic, Topics } from '@harbour/contracts';
import { createKafka, kafkaConnection } from '@harbour/messaging';
import { retryUntilReady } from '../runtime/retry-until-ready';

export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
  /** With acks=all a write needs this many in-sync copies; replication 3 with 2 survives one broker down. */
  minInsyncReplicas: number;
}

/** Every topic Harbour uses: one per context and major version, each with its dead-letter topic. */
export function harbourTopics(): string[] {
  return Object.values(Topics).flatMap((topic) => [topic, deadLetterTopic(topic)]);
}

/** Cluster defaults; a single development broker sets HARBOUR_TOPIC_REPLICATION=1 and HARBOUR_TOPIC_MIN_ISR=1. */
export function topicSettings(env: NodeJS.ProcessEnv = process.env): TopicSettings {
  const count = (name: string, fallback: number): number => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got '${env[name]}'`);
    return value;
  };
  return {
    partitions: count('HARBOUR_TOPIC_PARTITIONS', 12),
    replicationFactor: count('HARBOUR_TOPIC_REPLICATION', 3),
    minInsyncReplicas: count('HARBOUR_TOPIC_MIN_ISR', 2),
  };
}

/**
 * Creates the topics that do not exist yet and returns their names. Existing topics are left as
 * they are: partitions are never changed here, since that would move journeys between partitions.
 */
export async function ensureTopics(brokers: string[], topics: string[], settings: TopicSettings): Promise<string[]> {
  const admin = createKafka({ clientId: 'harbour-topics', brokers, logLevel: logLevel.ERROR }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: settings.partitions,
          replicationFactor: settings.replicationFactor,
          configEntries: [{ name: 'min.insync.replicas', value: String(settings.minInsyncReplicas) }],
        })),
      });
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}

async function main(): Promise<void> {
  const { brokers } = kafkaConnection();
  const settings = topicSettings();
  const created = await retryUntilReady(() => ensureTopics(brokers, harbourTopics(), settings), { what: 'Kafka' });
  console.log(`Kafka topics ready: ${harbourTopics().length} in all, created ${created.length} (${JSON.stringify(settings)})`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`creating the Kafka topics failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
