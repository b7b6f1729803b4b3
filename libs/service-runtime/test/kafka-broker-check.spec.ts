import { Kafka, logLevel } from 'kafkajs';
import { createKafka } from '@harbour/messaging';
import { KafkaBrokerCheck } from '../src/health/kafka-broker.check';

describe('the Kafka readiness check', () => {
  it('is up while a broker of the cluster answers', async () => {
    // The platform's broker, with the credentials every Harbour client reads from its environment.
    const check = new KafkaBrokerCheck(createKafka({ clientId: 'readiness-test' }));
    try {
      await expect(check.check()).resolves.toBeUndefined();
      await expect(check.check()).resolves.toBeUndefined();
    } finally {
      await check.onModuleDestroy();
    }
  });

  it('is down, with the reason, when no broker answers, and tries again at the next check', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const kafka = new Kafka({ clientId: 'readiness-test', brokers: ['127.0.0.1:1'], connectionTimeout: 500, retry: { retries: 0 }, logLevel: logLevel.NOTHING });
    const check = new KafkaBrokerCheck(kafka);
    try {
      await expect(check.check()).rejects.toThrow(/ECONNREFUSED|Connection error/);
      await expect(check.check()).rejects.toThrow(/ECONNREFUSED|Connection error/);
    } finally {
      await check.onModuleDestroy();
    }
  });
});
