import { testServers } from './test-servers';
import { uniqueName } from './unique-name';

describe(testServers.name, () => {
  it('defaults to the local servers started by deploy/local/harbour', () => {
    expect(testServers({})).toEqual({
      kafkaBrokers: ['127.0.0.1:9092'],
      temporalAddress: '127.0.0.1:7233',
      temporalNamespace: 'harbour',
      mongoUrl: 'mongodb://127.0.0.1:27017',
    });
  });

  it('takes external servers from the environment', () => {
    const servers = testServers({
      KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092',
      TEMPORAL_ADDRESS: 'temporal:7233',
      TEMPORAL_NAMESPACE: 'harbour-ci',
      MONGO_URL: 'mongodb://mongo:27017/?replicaSet=rs0',
    });
    expect(servers).toEqual({
      kafkaBrokers: ['kafka-1:9092', 'kafka-2:9092'],
      temporalAddress: 'temporal:7233',
      temporalNamespace: 'harbour-ci',
      mongoUrl: 'mongodb://mongo:27017/?replicaSet=rs0',
    });
  });
});

describe(uniqueName.name, () => {
  it('keeps the prefix and never repeats a name', () => {
    const names = new Set(Array.from({ length: 100 }, () => uniqueName('orders')));
    expect(names.size).toBe(100);
    for (const name of names) expect(name).toMatch(/^orders-[a-z0-9]+-[0-9a-f]{8}$/);
  });
});
