import path from 'node:path';
import { repoRoot } from './repo-root';

export interface TemporalSettings {
  address: string;
  namespace: string;
  /** Base64 of a 32-byte key; when absent the key file is used. */
  payloadKey?: string;
  payloadKeyFile: string;
}

/** Where Temporal is and how payloads are encrypted, from the environment. */
export function temporalSettings(env: NodeJS.ProcessEnv = process.env): TemporalSettings {
  return {
    address: env.TEMPORAL_ADDRESS || '127.0.0.1:7233',
    namespace: env.TEMPORAL_NAMESPACE || 'harbour',
    payloadKey: env.HARBOUR_PAYLOAD_KEY || undefined,
    payloadKeyFile: env.HARBOUR_PAYLOAD_KEY_FILE || path.join(repoRoot(), '.harbour', 'keys', 'payload.key'),
  };
}
