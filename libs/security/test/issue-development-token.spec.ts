import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentJwksPath, developmentSignerFromEnv, issueDevelopmentToken, jwtSettingsFromEnv, publicJwk, TokenVerifier } from '../src';

describe(issueDevelopmentToken.name, () => {
  const env = { HARBOUR_JWT_DEV_KEY_DIR: mkdtempSync(join(tmpdir(), 'harbour-dev-key-')) };
  const signer = developmentSignerFromEnv(env);

  it('issues a token the services accept through the public JWKS alone', async () => {
    const token = issueDevelopmentToken({ subject: 'alice', roles: ['support-case-worker'], organisationId: 'be-payoke' }, signer);
    await expect(new TokenVerifier(jwtSettingsFromEnv(env)).verify(token)).resolves.toEqual({
      subject: 'alice',
      roles: ['support-case-worker'],
      organisationId: 'be-payoke',
    });
  });

  it('is accepted again after the local key is replaced, once the JWKS names the new key', async () => {
    const verifier = new TokenVerifier(jwtSettingsFromEnv(env));
    const other = developmentSignerFromEnv({ HARBOUR_JWT_DEV_KEY_DIR: mkdtempSync(join(tmpdir(), 'harbour-dev-key-')) });
    const token = issueDevelopmentToken({ subject: 'alice', roles: ['auditor'] }, other);
    await expect(verifier.verify(token)).rejects.toThrow('token key is not in the key set of');
    writeFileSync(developmentJwksPath(env.HARBOUR_JWT_DEV_KEY_DIR), JSON.stringify({ keys: [publicJwk(signer.key.privateKey), publicJwk(other.key.privateKey)] }));
    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'alice' });
  });

  it('refuses to issue what verification would refuse', () => {
    expect(() => issueDevelopmentToken({ subject: 'bob', roles: ['support-case-worker'] }, signer)).toThrow(
      'a token with role support-case-worker must name its organisation (org)',
    );
    expect(() => issueDevelopmentToken({ subject: 'bob', roles: ['auditor'], ttlSeconds: 0 }, signer)).toThrow('ttlSeconds must be a positive integer');
    expect(() => issueDevelopmentToken({ subject: 'bob', roles: ['auditor'], ttlSeconds: 3601 }, signer)).toThrow(
      'ttlSeconds 3601 exceeds the maximum token lifetime of 3600 s (HARBOUR_JWT_MAX_LIFETIME_SECONDS)',
    );
  });

  it('is refused where tokens come from an identity provider, and in production', () => {
    const issuers = JSON.stringify([{ issuer: 'https://id.example.eu', audience: 'harbour', jwksUrl: 'https://id.example.eu/certs' }]);
    expect(() => developmentSignerFromEnv({ ...env, HARBOUR_JWT_ISSUERS: issuers })).toThrow(/^development tokens are not accepted here/);
    expect(() => developmentSignerFromEnv({ ...env, NODE_ENV: 'production' })).toThrow(/^HARBOUR_JWT_ISSUERS is required in production/);
  });
});
