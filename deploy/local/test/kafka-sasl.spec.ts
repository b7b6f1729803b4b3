import { Kafka, logLevel } from 'kafkajs';
import { kafkaConnection } from '@harbour/messaging';

// The local platform's broker lets in only its SCRAM user (deploy/local/harbour, HARBOUR_KAFKA_SASL=on).
const connection = kafkaConnection();
const scram = connection.sasl?.mechanism === 'scram-sha-512' ? connection.sasl : undefined;

(scram ? describe : describe.skip)('Kafka broker with SASL/SCRAM-SHA-512', () => {
  // One attempt, quickly: a refused client must fail, not retry for a minute.
  const clientOf = (config: Partial<ConstructorParameters<typeof Kafka>[0]>) =>
    new Kafka({ clientId: 'harbour-sasl-check', brokers: connection.brokers, logLevel: logLevel.NOTHING, connectionTimeout: 3_000, requestTimeout: 5_000, retry: { retries: 0 }, ...config });

  const describeCluster = async (kafka: Kafka) => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  };

  it('refuses a client that does not authenticate', async () => {
    await expect(describeCluster(clientOf({}))).rejects.toThrow();
  });

  it('refuses the user with a wrong password', async () => {
    const kafka = clientOf({ sasl: { mechanism: 'scram-sha-512', username: scram!.username, password: `${scram!.password}-wrong` } });
    await expect(describeCluster(kafka)).rejects.toThrow(/SASL SCRAM SHA512 authentication failed/);
  });

  it('accepts the user the platform created', async () => {
    const cluster = await describeCluster(clientOf({ sasl: scram }));
    expect(cluster.brokers).toHaveLength(1);
  });
});
