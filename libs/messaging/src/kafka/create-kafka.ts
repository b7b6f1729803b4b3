import { Kafka, logLevel } from 'kafkajs';
import { kafkaLogCreator } from '../logging/messaging-logger';

/** Brokers from KAFKA_BROKERS (comma-separated), the local broker by default. */
export function kafkaBrokers(): string[] {
  return (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
}

export function createKafka(options: { clientId: string; brokers?: string[] }): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers ?? kafkaBrokers(),
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator,
  });
}
