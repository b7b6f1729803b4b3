import { Partitioners, ProducerConfig } from 'kafkajs';

/**
 * Producer settings for facts: idempotent (retries add no duplicates), one request in flight
 * (retries keep the order), and the Java-compatible partitioner so a journey id lands on the
 * same partition whichever client produced it.
 */
export const RELIABLE_PRODUCER: ProducerConfig = {
  idempotent: true,
  maxInFlightRequests: 1,
  createPartitioner: Partitioners.DefaultPartitioner,
};
