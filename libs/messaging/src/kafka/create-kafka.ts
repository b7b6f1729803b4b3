import { Kafka, KafkaConfig, logLevel } from 'kafkajs';
import { kafkaLogCreator } from '../logging/messaging-logger';
import { kafkaConnection } from './kafka-connection';

/** A Kafka client of Harbour's, authenticated as the environment says (see kafkaConnection). */
export function createKafka(options: { clientId: string; brokers?: string[] } & Pick<KafkaConfig, 'logLevel' | 'logCreator'>): Kafka {
  const connection = kafkaConnection();
  return new Kafka({
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator,
    ...options,
    ...connection,
    brokers: options.brokers ?? connection.brokers,
  });
}
