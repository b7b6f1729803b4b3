import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
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

export function defaultDevelopmentKeyDirectory(): string {
  return join(repositoryRoot(), '.harbour', 'keys');
}

/** The local platform's signing key (ES256) and the key id its public JWKS names it by. */
export interface DevelopmentSigningKey {
  privateKey: KeyObject;
  kid: string;
}

const PRIVATE_KEY_FILE = 'jwt-dev.private.pem';
const JWKS_FILE = 'jwt-dev.jwks.json';

export const developmentJwksPath = (directory: string): string => join(directory, JWKS_FILE);

/**
 * Reads the local signing key, creating it (mode 0600) and its public JWKS on first use. The
 * services read only the JWKS; `npm run token` signs with the private key.
 */
export function readOrCreateDevelopmentKey(directory: string): DevelopmentSigningKey {
  const path = join(directory, PRIVATE_KEY_FILE);
  if (!existsSync(path)) createKeyFile(path);
  if ((statSync(path).mode & 0o077) !== 0) {
    throw new SecurityConfigurationError(`${path} is readable by other users; run: chmod 600 ${path}`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(readFileSync(path, 'utf8'));
  } catch {
    throw new SecurityConfigurationError(`${path} does not hold a PEM private key; delete it to have a new one made`);
  }
  if (privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new SecurityConfigurationError(`${path} must hold an EC P-256 key (ES256)`);
  }
  const jwk = publicJwk(privateKey);
  writeIfChanged(developmentJwksPath(directory), `${JSON.stringify({ keys: [jwk] }, null, 2)}\n`);
  return { privateKey, kid: jwk.kid };
}

/** The public half as a JWK whose kid is its RFC 7638 thumbprint. */
export function publicJwk(privateKey: KeyObject): { kty: string; crv: string; x: string; y: string; kid: string; alg: 'ES256'; use: 'sig' } {
  const { kty, crv, x, y } = createPublicKey(privateKey).export({ format: 'jwk' }) as { kty: string; crv: string; x: string; y: string };
  const kid = createHash('sha256').update(JSON.stringify({ crv, kty, x, y })).digest('base64url');
  return { kty, crv, x, y, kid, alg: 'ES256', use: 'sig' };
}

function createKeyFile(path: string): void {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  createSecretFileOnce(path, privateKey.export({ type: 'pkcs8', format: 'pem' }));
}

/**
 * Writes a secret file (mode 0600) unless it exists. Written aside and hard-linked into place,
 * so that processes starting together agree on one secret and none reads half of it.
 */
export function createSecretFileOnce(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, content, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
}

function writeIfChanged(path: string, content: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, content, { mode: 0o644 });
  renameSync(draft, path);
}
