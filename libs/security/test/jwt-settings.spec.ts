import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jwtSettingsFromEnv, SecurityConfigurationError } from '../src';

const pem = (key: { export(options: { type: 'spki'; format: 'pem' }): string | Buffer }) => key.export({ type: 'spki', format: 'pem' }).toString();

function failure(env: NodeJS.ProcessEnv): string {
  try {
    jwtSettingsFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SecurityConfigurationError);
    return (error as Error).message;
  }
  throw new Error('settings were accepted');
}

describe('token settings from the environment', () => {
  const directory = mkdtempSync(join(tmpdir(), 'harbour-jwt-'));
  const provider = { HARBOUR_JWT_ISSUER: 'https://id.example.eu/realms/harbour', HARBOUR_JWT_AUDIENCE: 'harbour-api' };

  it('creates the development key file with mode 0600 on first use and reuses it', () => {
    const path = join(directory, 'keys', 'jwt-dev.key');
    const first = jwtSettingsFromEnv({ HARBOUR_JWT_SECRET_FILE: path });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(first).toMatchObject({ algorithm: 'HS256', issuer: 'harbour-dev', audience: 'harbour' });
    const second = jwtSettingsFromEnv({ HARBOUR_JWT_SECRET_FILE: path });
    expect(second.verificationKey.equals(first.verificationKey)).toBe(true);
    expect(readFileSync(path, 'utf8').trim().length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a development key file other users can read', () => {
    const path = join(directory, 'shared.key');
    writeFileSync(path, 'x'.repeat(40));
    chmodSync(path, 0o644);
    expect(failure({ HARBOUR_JWT_SECRET_FILE: path })).toBe(`${path} is readable by other users; run: chmod 600 ${path}`);
  });

  it('refuses a short HARBOUR_JWT_SECRET', () => {
    expect(failure({ HARBOUR_JWT_SECRET: 'too-short' })).toBe('HARBOUR_JWT_SECRET must be at least 32 characters long');
  });

  it('refuses development secrets in production', () => {
    expect(failure({ NODE_ENV: 'production', HARBOUR_JWT_SECRET: 'x'.repeat(40) })).toMatch(/^HARBOUR_JWT_PUBLIC_KEY is required in production/);
  });

  it('pins RS256 for an RSA key and ES256 for a P-256 key, without a signing key', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    const rs256 = jwtSettingsFromEnv({ ...provider, HARBOUR_JWT_PUBLIC_KEY: pem(rsa) });
    expect(rs256.algorithm).toBe('RS256');
    expect(rs256.signingKey).toBeUndefined();
    const escaped = pem(ec).replace(/\n/g, '\\n');
    expect(jwtSettingsFromEnv({ ...provider, NODE_ENV: 'production', HARBOUR_JWT_PUBLIC_KEY: escaped }).algorithm).toBe('ES256');
  });

  it('refuses a key it cannot pin an algorithm for, and a value that is no key', () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey;
    expect(failure({ ...provider, HARBOUR_JWT_PUBLIC_KEY: pem(p384) })).toBe(
      'HARBOUR_JWT_PUBLIC_KEY must be an RSA key (RS256) or an EC P-256 key (ES256)',
    );
    expect(failure({ ...provider, HARBOUR_JWT_PUBLIC_KEY: 'not a key' })).toBe('HARBOUR_JWT_PUBLIC_KEY is not a PEM public key');
  });

  it('needs the issuer and audience of the identity provider', () => {
    const rsa = pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey);
    expect(failure({ HARBOUR_JWT_PUBLIC_KEY: rsa, HARBOUR_JWT_AUDIENCE: 'harbour-api' })).toBe(
      'HARBOUR_JWT_ISSUER is required when HARBOUR_JWT_PUBLIC_KEY is set',
    );
  });
});
