import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { harbourWebpackAliases, journeyWorkerTuning, journeyWorkflowsPath, temporalConnectionOptions, temporalSettings, TemporalSettingsError } from '../src';

const root = path.resolve(__dirname, '../../..');

describe(temporalSettings.name, () => {
  it('reaches the local dev server and the local key file by default', () => {
    expect(temporalSettings({})).toEqual({
      address: '127.0.0.1:7233',
      namespace: 'harbour',
      payloadKey: undefined,
      payloadKeyFile: path.join(root, '.harbour', 'keys', 'payload.key'),
    });
  });

  it('follows the environment', () => {
    expect(
      temporalSettings({ TEMPORAL_ADDRESS: 'temporal:7233', TEMPORAL_NAMESPACE: 'ops', HARBOUR_PAYLOAD_KEY: 'a2V5', HARBOUR_PAYLOAD_KEY_FILE: '/keys/p' }),
    ).toEqual({ address: 'temporal:7233', namespace: 'ops', payloadKey: 'a2V5', payloadKeyFile: '/keys/p' });
  });
});

describe(harbourWebpackAliases.name, () => {
  it('maps the @harbour aliases of tsconfig.base.json to source folders of this repository', () => {
    const aliases = harbourWebpackAliases();
    expect(aliases['@harbour/contracts']).toBe(path.join(root, 'libs', 'contracts', 'src'));
    expect(aliases['@harbour/rules']).toBe(path.join(root, 'workflows', 'rules', 'src'));
    expect(journeyWorkflowsPath()).toBe(path.join(root, 'workflows', 'journeys', 'src', 'workflows.ts'));
  });
});

describe('temporalSettings: a secured connection', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'harbour-temporal-tls-'));
  const pem = (name: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, `-----BEGIN ${name}-----\n`);
    return file;
  };

  it('leaves the connection plain by default, as the local dev server wants it', () => {
    expect(temporalConnectionOptions(temporalSettings({}))).toEqual({ address: '127.0.0.1:7233' });
  });

  it('connects with mutual TLS: the server CA, the client pair and the server name', () => {
    const settings = temporalSettings({
      TEMPORAL_TLS: 'true',
      TEMPORAL_TLS_CA_FILE: pem('CA'),
      TEMPORAL_TLS_CERT_FILE: pem('CERT'),
      TEMPORAL_TLS_KEY_FILE: pem('KEY'),
      TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
    });
    expect(temporalConnectionOptions(settings)).toEqual({
      address: '127.0.0.1:7233',
      tls: {
        serverRootCACertificate: Buffer.from('-----BEGIN CA-----\n'),
        clientCertPair: { crt: Buffer.from('-----BEGIN CERT-----\n'), key: Buffer.from('-----BEGIN KEY-----\n') },
        serverNameOverride: 'temporal.internal',
      },
    });
  });

  it('sends an API key over TLS', () => {
    expect(temporalConnectionOptions(temporalSettings({ TEMPORAL_TLS: 'true', TEMPORAL_API_KEY: 'key-value' }))).toEqual({ address: '127.0.0.1:7233', tls: {}, apiKey: 'key-value' });
  });

  it.each([
    [{ TEMPORAL_TLS: 'on' }, 'TEMPORAL_TLS must be true or false'],
    [{ TEMPORAL_API_KEY: 'key-value' }, 'TEMPORAL_API_KEY needs TEMPORAL_TLS=true: an API key is never sent in clear'],
    [{ TEMPORAL_TLS_CERT_FILE: pem('CERT'), TEMPORAL_TLS_KEY_FILE: pem('KEY') }, 'TEMPORAL_TLS_CA_FILE, TEMPORAL_TLS_CERT_FILE, TEMPORAL_TLS_KEY_FILE and TEMPORAL_TLS_SERVER_NAME need TEMPORAL_TLS=true'],
    [{ TEMPORAL_TLS: 'true', TEMPORAL_TLS_KEY_FILE: pem('KEY') }, 'TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE go together'],
    [{ TEMPORAL_TLS: 'true', TEMPORAL_TLS_CA_FILE: path.join(dir, 'missing.pem') }, 'TEMPORAL_TLS_CA_FILE names a file that cannot be read (ENOENT)'],
  ])('stops at boot on %j', (env, reason) => {
    expect(() => temporalSettings(env)).toThrow(new TemporalSettingsError(reason));
    expect(() => temporalSettings(env)).toThrow(`invalid Temporal configuration: ${reason}`);
  });
});

describe(journeyWorkerTuning.name, () => {
  it('bounds the journeys kept in memory by default', () => {
    expect(journeyWorkerTuning({})).toEqual({ maxCachedWorkflows: 50, maxConcurrentWorkflowTaskExecutions: 20, maxConcurrentActivityTaskExecutions: 50 });
  });

  it('follows the environment, a cache of 0 included', () => {
    expect(
      journeyWorkerTuning({ HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS: '0', HARBOUR_JOURNEY_MAX_CONCURRENT_WORKFLOW_TASKS: '40', HARBOUR_JOURNEY_MAX_CONCURRENT_ACTIVITIES: '8' }),
    ).toEqual({ maxCachedWorkflows: 0, maxConcurrentWorkflowTaskExecutions: 40, maxConcurrentActivityTaskExecutions: 8 });
  });

  it.each([
    [{ HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS: 'lots' }, 'HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS must be an integer from 0 to 100000'],
    [{ HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS: '1' }, 'HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS must be 0 (no cache) or at least 2'],
    [{ HARBOUR_JOURNEY_MAX_CONCURRENT_WORKFLOW_TASKS: '1' }, 'HARBOUR_JOURNEY_MAX_CONCURRENT_WORKFLOW_TASKS must be an integer from 2 to 1000'],
    [{ HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS: '10', HARBOUR_JOURNEY_MAX_CONCURRENT_WORKFLOW_TASKS: '20' }, 'HARBOUR_JOURNEY_MAX_CONCURRENT_WORKFLOW_TASKS must not exceed HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS'],
    [{ HARBOUR_JOURNEY_MAX_CONCURRENT_ACTIVITIES: '0' }, 'HARBOUR_JOURNEY_MAX_CONCURRENT_ACTIVITIES must be an integer from 1 to 1000'],
  ])('stops at boot on %j', (env, reason) => {
    expect(() => journeyWorkerTuning(env)).toThrow(`invalid Temporal configuration: ${reason}`);
  });
});
