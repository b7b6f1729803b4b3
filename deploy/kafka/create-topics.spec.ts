import { logLevel, ConfigResourceTypes } from 'kafkajs';
import { Topics } from '@harbour/contracts';
import { createKafka } from '@harbour/messaging';
import { testServers, uniqueName } from '@harbour/testing';
import { ensureTopics, harbourTopics, topicSettings } from './create-topics';

describe('Harbour topics', () => {
  it('are every context topic and its dead-letter topic', () => {
    expect(harbourTopics()).toEqual(expect.arrayContaining([Topics.support, `${Topics.support}.dlq`, Topics.journey]));
    expect(harbourTopics()).toHaveLength(Object.keys(Topics).length * 2);
  });

  it('default to replication 3 with two in-sync copies, overridable for one broker', () => {
    expect(topicSettings({})).toEqual({ partitions: 12, replicationFactor: 3, minInsyncReplicas: 2 });
    expect(topicSettings({ HARBOUR_TOPIC_REPLICATION: '1', HARBOUR_TOPIC_MIN_ISR: '1' })).toMatchObject({
      replicationFactor: 1,
      minInsyncReplicas: 1,
    });
    expect(() => topicSettings({ HARBOUR_TOPIC_PARTITIONS: 'many' })).toThrow('HARBOUR_TOPIC_PARTITIONS must be a positive integer');
  });
});

describe(ensureTopics.name, () => {
  const { kafkaBrokers } = testServers();
  const settings = { partitions: 2, replicationFactor: 1, minInsyncReplicas: 1 };

  it('creates missing topics with the settings and leaves existing ones alone', async () => {
    const topics = [uniqueName('ensure-a'), uniqueName('ensure-b')];
    expect(await ensureTopics(kafkaBrokers, topics, settings)).toEqual(topics);
    expect(await ensureTopics(kafkaBrokers, topics, { ...settings, partitions: 5 })).toEqual([]);

    const admin = createKafka({ clientId: 'harbour-topics-test', brokers: kafkaBrokers, logLevel: logLevel.ERROR }).admin();
    await admin.connect();
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      expect(metadata.topics.map(({ partitions }) => partitions.length)).toEqual([2, 2]);
      const configs = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topics[0], configNames: ['min.insync.replicas'] }],
      });
      expect(configs.resources[0].configEntries).toEqual([
        expect.objectContaining({ configName: 'min.insync.replicas', configValue: '1' }),
      ]);
    } finally {
      await admin.disconnect();
    }
  });
});
