import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createSecretFileOnce, defaultDevelopmentKeyDirectory } from '../tokens/development-key';
import { SecurityConfigurationError } from '../tokens/security-configuration.error';

const KEY_BYTES = 32;

/**
 * The key that seals the audit chain, held apart from the database: HARBOUR_AUDIT_KEY (base64,
 * 32 bytes), otherwise the file HARBOUR_AUDIT_KEY_FILE (default <repo>/.harbour/keys/audit.key),
 * created with mode 0600 on first use outside production. Whoever can write the database but
 * lacks this key cannot rewrite an entry so that it verifies.
 */
export function auditKeyFromEnv(env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.HARBOUR_AUDIT_KEY) return decode(env.HARBOUR_AUDIT_KEY, 'HARBOUR_AUDIT_KEY');
  const path = env.HARBOUR_AUDIT_KEY_FILE || join(defaultDevelopmentKeyDirectory(), 'audit.key');
  if (!existsSync(path)) {
    if (env.NODE_ENV === 'production') throw new SecurityConfigurationError('HARBOUR_AUDIT_KEY or HARBOUR_AUDIT_KEY_FILE is required in production');
    createSecretFileOnce(path, `${randomBytes(KEY_BYTES).toString('base64')}\n`);
  }
  if ((statSync(path).mode & 0o077) !== 0) throw new SecurityConfigurationError(`${path} is readable by other users; run: chmod 600 ${path}`);
  return decode(readFileSync(path, 'utf8'), path);
}

function decode(base64: string, origin: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new SecurityConfigurationError(`the audit key from ${origin} must be ${KEY_BYTES} bytes, base64-encoded`);
  return key;
}
