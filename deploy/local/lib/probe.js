// Answers "is this server serving?" with one quick request; exit code 0 when it is.
// Usage: node probe.js kafka <host:port,...> | node probe.js mongo <mongodb-url>
// Kafka is probed with the SASL user named by KAFKA_SASL_MECHANISM / _USERNAME / _PASSWORD, if any.
const [kind, address] = process.argv.slice(2);

const probes = {
  async kafka(brokers) {
    const { Kafka, logLevel } = require('kafkajs');
    const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = process.env;
    const admin = new Kafka({
      brokers: brokers.split(','),
      ...(mechanism ? { sasl: { mechanism, username, password } } : {}),
      logLevel: logLevel.NOTHING,
      connectionTimeout: 1000,
      retry: { retries: 0 },
    }).admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  },
  async mongo(url) {
    const { MongoClient } = require('mongodb');
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 1500, connectTimeoutMS: 1000 });
    try {
      await client.db('admin').command({ ping: 1 });
    } finally {
      await client.close();
    }
  },
};

const probe = probes[kind];
if (!probe || !address) {
  console.error('usage: probe.js kafka|mongo <address>');
  process.exit(2);
}
probe(address).then(
  () => process.exit(0),
  (error) => {
    if (process.env.HARBOUR_PROBE_VERBOSE) console.error(error.message);
    process.exit(1);
  },
);
