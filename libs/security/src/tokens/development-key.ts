import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SecurityConfigurationError } from './security-configuration.error';

/** The repository root: the nearest directory above this file that holds a package.json. */
export function repositoryRoot(from: string = __dirname): string {
  let directory = from;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new SecurityConfigurationError(`no package.json found above ${from}`);
    directory = parent;
  }
  return directory;
}

export function defaultDevelopmentKeyPath(): string {
  return join(repositoryRoot(), '.harbour', 'keys', 'jwt-dev.key');
}

const MIN_SECRET_LENGTH = 32;

/**
 * Reads the local development signing secret, creating it (mode 0600) on first use. Creation
 * goes through a hard link so that processes starting together agree on one key.
 */
export function readOrCreateDevelopmentKey(path: string): string {
  if (!existsSync(path)) createKeyFile(path);
  const mode = statSync(path).mode;
  if ((mode & 0o077) !== 0) {
    throw new SecurityConfigurationError(`${path} is readable by other users; run: chmod 600 ${path}`);
  }
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new SecurityConfigurationError(`${path} must hold a secret of at least ${MIN_SECRET_LENGTH} characters`);
  }
  return secret;
}

function createKeyFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
}

export function assertStrongSecret(secret: string, source: string): void {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new SecurityConfigurationError(`${source} must be at least ${MIN_SECRET_LENGTH} characters long`);
  }
}
