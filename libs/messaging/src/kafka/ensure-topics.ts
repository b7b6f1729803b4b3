import { Admin, KafkaJSProtocolError } from 'kafkajs';

const DEFAULT_PARTITIONS = 3;

const LEADER_WAIT_MS = 30_000;
const LEADER_POLL_MS = 100;

/**
 * Creates the topics that do not exist yet and waits until every partition has a leader.
 * Production clusters may not auto-create topics; a concurrent creation by another process is
 * not an error.
 */
export async function ensureTopics(admin: Admin, topics: readonly string[]): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
  if (missing.length === 0) return;
  await admin.createTopics({
    topics: missing.map((topic) => ({ topic, numPartitions: DEFAULT_PARTITIONS })),
    waitForLeaders: false,
  });
  await waitForLeaders(admin, missing);
}

// kafkajs's own wait gives up on UNKNOWN_TOPIC_OR_PARTITION, which a busy broker answers for a
// moment after creating a topic; this wait treats every retriable answer as "not yet".
async function waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + LEADER_WAIT_MS;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      const led = metadata.topics.every(({ partitions }) => partitions.length > 0 && partitions.every(({ leader }) => leader >= 0));
      if (led) return;
    } catch (error) {
      if (!(error instanceof KafkaJSProtocolError && error.retriable)) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topics still without leaders after ${LEADER_WAIT_MS} ms: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, LEADER_POLL_MS));
  }
}
