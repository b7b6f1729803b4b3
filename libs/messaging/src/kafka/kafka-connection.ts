import { readFileSync } from 'node:fs';
import { ConnectionOptions } from 'node:tls';
import { SASLOptions } from 'kafkajs';

/** The environment does not say how to reach Kafka; the message names the variable, never its value. */
export class KafkaSettingsError extends Error {
  constructor(reason: string) {
    super(`invalid Kafka configuration: ${reason}`);
    this.name = 'KafkaSettingsError';
  }
}

/** How every Harbour client reaches Kafka: the brokers, and SASL/SCRAM and TLS when configured. */
export interface KafkaConnection {
  brokers: string[];
  sasl?: SASLOptions;
  ssl?: ConnectionOptions | true;
}

const SCRAM_MECHANISMS = ['scram-sha-512', 'scram-sha-256'] as const;
type ScramMechanism = (typeof SCRAM_MECHANISMS)[number];

const isOn = (value: string | undefined, name: string): boolean => {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new KafkaSettingsError(`${name} must be true or false`);
};

const readPem = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const file = env[name];
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new KafkaSettingsError(`${name} names a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
};

function saslOf(env: NodeJS.ProcessEnv): SASLOptions | undefined {
  const mechanism = env.KAFKA_SASL_MECHANISM?.toLowerCase();
  const { KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = env;
  if (!mechanism) {
    if (username || password) throw new KafkaSettingsError('KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD need KAFKA_SASL_MECHANISM');
    return undefined;
  }
  if (!SCRAM_MECHANISMS.includes(mechanism as ScramMechanism)) {
    throw new KafkaSettingsError(`KAFKA_SASL_MECHANISM must be one of ${SCRAM_MECHANISMS.join(', ')}`);
  }
  if (!username) throw new KafkaSettingsError('KAFKA_SASL_USERNAME is required with KAFKA_SASL_MECHANISM');
  if (!password) throw new KafkaSettingsError('KAFKA_SASL_PASSWORD is required with KAFKA_SASL_MECHANISM');
  return { mechanism: mechanism as ScramMechanism, username, password };
}

function tlsOf(env: NodeJS.ProcessEnv): ConnectionOptions | true | undefined {
  const ca = readPem(env, 'KAFKA_TLS_CA_FILE');
  const cert = readPem(env, 'KAFKA_TLS_CERT_FILE');
  const key = readPem(env, 'KAFKA_TLS_KEY_FILE');
  const on = isOn(env.KAFKA_TLS, 'KAFKA_TLS');
  if (!on) {
    if (ca || cert || key) throw new KafkaSettingsError('KAFKA_TLS_CA_FILE, KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE need KAFKA_TLS=true');
    return undefined;
  }
  if (Boolean(cert) !== Boolean(key)) throw new KafkaSettingsError('KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE go together');
  const server = env.KAFKA_TLS_SERVER_NAME;
  if (!ca && !cert && !server) return true;
  // The broker's certificate is always verified; a private CA is added, never a way around it.
  return { ...(ca ? { ca: [ca] } : {}), ...(cert && key ? { cert, key } : {}), ...(server ? { servername: server } : {}), rejectUnauthorized: true };
}

/**
 * Reads KAFKA_BROKERS (comma-separated, the local broker by default), KAFKA_SASL_MECHANISM
 * (scram-sha-512 or scram-sha-256) with KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD, and KAFKA_TLS
 * with KAFKA_TLS_CA_FILE, KAFKA_TLS_CERT_FILE / KAFKA_TLS_KEY_FILE (mutual TLS) and
 * KAFKA_TLS_SERVER_NAME. Throws a KafkaSettingsError naming the first wrong variable, so a
 * process stops at boot instead of retrying a broker that will never let it in.
 */
export function kafkaConnection(env: NodeJS.ProcessEnv = process.env): KafkaConnection {
  const brokers = (env.KAFKA_BROKERS ?? '127.0.0.1:9092')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
  if (brokers.length === 0) throw new KafkaSettingsError('KAFKA_BROKERS names no broker');
  const invalid = brokers.find((broker) => !/^[^\s:]+:\d{1,5}$/.test(broker));
  if (invalid !== undefined) throw new KafkaSettingsError(`KAFKA_BROKERS entry '${invalid}' is not host:port`);
  const sasl = saslOf(env);
  const ssl = tlsOf(env);
  return { brokers, ...(sasl ? { sasl } : {}), ...(ssl ? { ssl } : {}) };
}
