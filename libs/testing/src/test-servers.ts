/** Where the tests find Kafka, Temporal and the database: the environment, else the local set. */
export interface TestServers {
  kafkaBrokers: string[];
  temporalAddress: string;
  temporalNamespace: string;
  mongoUrl: string;
}

/** Defaults match what `deploy/local/harbour up` starts on 127.0.0.1. */
export function testServers(env: NodeJS.ProcessEnv = process.env): TestServers {
  return {
    kafkaBrokers: (env.KAFKA_BROKERS || '127.0.0.1:9092')
      .split(',')
      .map((broker) => broker.trim())
      .filter((broker) => broker.length > 0),
    temporalAddress: env.TEMPORAL_ADDRESS || '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE || 'harbour',
    mongoUrl: env.MONGO_URL || 'mongodb://127.0.0.1:27017',
  };
}
