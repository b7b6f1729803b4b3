import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kafkaConnection } from '../src/kafka/kafka-connection';

describe(kafkaConnection.name, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'harbour-kafka-tls-'));
  const pem = (name: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, `-----BEGIN ${name}-----\n`);
    return file;
  };
  const scram = { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'harbour', KAFKA_SASL_PASSWORD: 's3cret-value' };

  it('reads the brokers, plaintext when nothing else is said', () => {
    expect(kafkaConnection({ KAFKA_BROKERS: ' a:9092, b:9093 ' })).toEqual({ brokers: ['a:9092', 'b:9093'] });
    expect(kafkaConnection({})).toEqual({ brokers: ['127.0.0.1:9092'] });
  });

  it('authenticates with SCRAM, the mechanism in either case', () => {
    expect(kafkaConnection({ ...scram, KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512' }).sasl).toEqual({ mechanism: 'scram-sha-512', username: 'harbour', password: 's3cret-value' });
  });

  it('adds TLS with a private CA, the server name and a client certificate, always verifying the broker', () => {
    const ssl = kafkaConnection({ KAFKA_TLS: 'true', KAFKA_TLS_CA_FILE: pem('CA'), KAFKA_TLS_CERT_FILE: pem('CERT'), KAFKA_TLS_KEY_FILE: pem('KEY'), KAFKA_TLS_SERVER_NAME: 'kafka.internal' }).ssl;
    expect(ssl).toEqual({ ca: ['-----BEGIN CA-----\n'], cert: '-----BEGIN CERT-----\n', key: '-----BEGIN KEY-----\n', servername: 'kafka.internal', rejectUnauthorized: true });
    expect(kafkaConnection({ KAFKA_TLS: 'true' }).ssl).toBe(true);
  });

  it.each([
    [{ KAFKA_BROKERS: ' , ' }, 'KAFKA_BROKERS names no broker'],
    [{ KAFKA_BROKERS: 'kafka' }, "KAFKA_BROKERS entry 'kafka' is not host:port"],
    [{ KAFKA_SASL_USERNAME: 'harbour', KAFKA_SASL_PASSWORD: 'x' }, 'KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD need KAFKA_SASL_MECHANISM'],
    [{ ...scram, KAFKA_SASL_MECHANISM: 'plain' }, 'KAFKA_SASL_MECHANISM must be one of scram-sha-512, scram-sha-256'],
    [{ ...scram, KAFKA_SASL_USERNAME: '' }, 'KAFKA_SASL_USERNAME is required with KAFKA_SASL_MECHANISM'],
    [{ ...scram, KAFKA_SASL_PASSWORD: undefined }, 'KAFKA_SASL_PASSWORD is required with KAFKA_SASL_MECHANISM'],
    [{ KAFKA_TLS: 'yes' }, 'KAFKA_TLS must be true or false'],
    [{ KAFKA_TLS_CA_FILE: pem('CA') }, 'KAFKA_TLS_CA_FILE, KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE need KAFKA_TLS=true'],
    [{ KAFKA_TLS: 'true', KAFKA_TLS_CERT_FILE: pem('CERT') }, 'KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE go together'],
    [{ KAFKA_TLS: 'true', KAFKA_TLS_CA_FILE: path.join(dir, 'missing.pem') }, 'KAFKA_TLS_CA_FILE names a file that cannot be read (ENOENT)'],
  ])('stops at boot on %j', (env, reason) => {
    expect(() => kafkaConnection(env)).toThrow(`invalid Kafka configuration: ${reason}`);
  });

  it('never puts the password in its message', () => {
    expect(() => kafkaConnection({ ...scram, KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('s3cret-value') }));
  });
});
