import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TLSConfig } from '@temporalio/client';
import { repoRoot } from './repo-root';

/** The environment does not say how to reach Temporal; the message names the variable, never its value. */
export class TemporalSettingsError extends Error {
  constructor(reason: string) {
    super(`invalid Temporal configuration: ${reason}`);
    this.name = 'TemporalSettingsError';
  }
}

export interface TemporalSettings {
  address: string;
  namespace: string;
  /** Base64 of a 32-byte key; when absent the key file is used. */
  payloadKey?: string;
  payloadKeyFile: string;
  /** TLS to the frontend, mutual when a client certificate is given (a self-hosted cluster's mTLS). */
  tls?: TLSConfig;
  /** A namespace API key (Temporal Cloud), sent only over TLS. */
  apiKey?: string;
}

const readFile = (env: NodeJS.ProcessEnv, name: string): Buffer | undefined => {
  const file = env[name];
  if (!file) return undefined;
  try {
    return readFileSync(file);
  } catch (error) {
    throw new TemporalSettingsError(`${name} names a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
};

/**
 * TEMPORAL_TLS=true with TEMPORAL_TLS_CA_FILE (the server's CA), TEMPORAL_TLS_CERT_FILE and
 * TEMPORAL_TLS_KEY_FILE (mutual TLS) and TEMPORAL_TLS_SERVER_NAME; TEMPORAL_API_KEY needs TLS.
 * The local dev server takes none of them.
 */
function tlsOf(env: NodeJS.ProcessEnv): Pick<TemporalSettings, 'tls' | 'apiKey'> {
  const serverRootCACertificate = readFile(env, 'TEMPORAL_TLS_CA_FILE');
  const crt = readFile(env, 'TEMPORAL_TLS_CERT_FILE');
  const key = readFile(env, 'TEMPORAL_TLS_KEY_FILE');
  const serverNameOverride = env.TEMPORAL_TLS_SERVER_NAME || undefined;
  const apiKey = env.TEMPORAL_API_KEY || undefined;
  const flag = env.TEMPORAL_TLS ?? '';
  if (!['', 'true', 'false'].includes(flag)) throw new TemporalSettingsError('TEMPORAL_TLS must be true or false');
  if (flag !== 'true') {
    if (serverRootCACertificate || crt || key || serverNameOverride) {
      throw new TemporalSettingsError('TEMPORAL_TLS_CA_FILE, TEMPORAL_TLS_CERT_FILE, TEMPORAL_TLS_KEY_FILE and TEMPORAL_TLS_SERVER_NAME need TEMPORAL_TLS=true');
    }
    if (apiKey) throw new TemporalSettingsError('TEMPORAL_API_KEY needs TEMPORAL_TLS=true: an API key is never sent in clear');
    return {};
  }
  if (Boolean(crt) !== Boolean(key)) throw new TemporalSettingsError('TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE go together');
  const tls: TLSConfig = {
    ...(serverRootCACertificate ? { serverRootCACertificate } : {}),
    ...(crt && key ? { clientCertPair: { crt, key } } : {}),
    ...(serverNameOverride ? { serverNameOverride } : {}),
  };
  return { tls, ...(apiKey ? { apiKey } : {}) };
}

/** Where Temporal is, how the connection is secured and how payloads are encrypted, from the environment; throws a TemporalSettingsError at boot. */
export function temporalSettings(env: NodeJS.ProcessEnv = process.env): TemporalSettings {
  return {
    address: env.TEMPORAL_ADDRESS || '127.0.0.1:7233',
    namespace: env.TEMPORAL_NAMESPACE || 'harbour',
    payloadKey: env.HARBOUR_PAYLOAD_KEY || undefined,
    payloadKeyFile: env.HARBOUR_PAYLOAD_KEY_FILE || path.join(repoRoot(), '.harbour', 'keys', 'payload.key'),
    ...tlsOf(env),
  };
}

/** What Connection.connect and NativeConnection.connect take from the settings. */
export function temporalConnectionOptions(settings: TemporalSettings): { address: string; tls?: TLSConfig; apiKey?: string } {
  return { address: settings.address, ...(settings.tls ? { tls: settings.tls } : {}), ...(settings.apiKey ? { apiKey: settings.apiKey } : {}) };
}
