import { logLevel, Partitioners } from 'kafkajs';
import { createKafka } from '@harbour/messaging';
import { createTopics, readTopic, testServers, uniqueName, waitFor } from '@harbour/testing';

// The local broker is real Kafka in KRaft mode; kafkajs 2.2.4 must work with it end to end.
describe('Kafka broker', () => {
  const { kafkaBrokers } = testServers();
  const kafka = createKafka({ clientId: 'harbour-smoke', brokers: kafkaBrokers, logLevel: logLevel.ERROR });
  const admin = kafka.admin();

  beforeAll(() => admin.connect());
  afterAll(() => admin.disconnect());

  it('creates a topic with three partitions and reports its offsets', async () => {
    const topic = uniqueName('smoke-admin');
    await createTopics(kafkaBrokers, [topic]);

    expect(await admin.listTopics()).toContain(topic);
    const offsets = await admin.fetchTopicOffsets(topic);
    expect(offsets.map(({ partition }) => partition).sort()).toEqual([0, 1, 2]);
    expect(offsets.every(({ high }) => high === '0')).toBe(true);
  });

  it('keeps key and headers of a produced record', async () => {
    const topic = uniqueName('smoke-records');
    await createTopics(kafkaBrokers, [topic]);
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({
      topic,
      messages: [{ key: 'journey-1', value: '{"step":1}', headers: { ce_type: 'harbour.smoke.v1', traceparent: '00-abc' } }],
    });
    await producer.disconnect();

    const records = await readTopic(kafkaBrokers, topic, { until: (read) => read.length === 1 });
    expect(records[0]).toMatchObject({
      key: 'journey-1',
      value: '{"step":1}',
      headers: { ce_type: 'harbour.smoke.v1', traceparent: '00-abc' },
    });
  });

  it('lets a consumer group consume in key order and commit its offsets', async () => {
    const topic = uniqueName('smoke-group');
    const groupId = uniqueName('smoke-group');
    await createTopics(kafkaBrokers, [topic]);
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const steps = ['1', '2', '3', '4', '5'];
    await producer.send({ topic, messages: steps.map((step) => ({ key: 'journey-ordered', value: step })) });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(message.value?.toString() ?? '') });
    try {
      await waitFor(() => seen.length === steps.length, { description: 'all five records consumed' });
      expect(seen).toEqual(steps);

      const group = await admin.describeGroups([groupId]);
      expect(group.groups[0]).toMatchObject({ groupId, state: 'Stable' });
      expect(group.groups[0].members).toHaveLength(1);

      // Offsets are committed asynchronously after eachMessage; the total is what matters.
      const committed = await waitFor(
        async () => {
          const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [topic] });
          const total = partitions.reduce((sum, { offset }) => sum + Math.max(Number(offset), 0), 0);
          return total === steps.length && partitions;
        },
        { description: 'the group to commit all five offsets' },
      );
      expect(committed).toHaveLength(3);
    } finally {
      await consumer.disconnect();
    }
  });
});
