import { createSecretKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { issueDevelopmentToken, JwtSettings, TokenVerifier } from '../src';

const secret = createSecretKey(randomBytes(32));
const development: JwtSettings = { algorithm: 'HS256', verificationKey: secret, signingKey: secret, issuer: 'harbour-dev', audience: 'harbour' };

describe(issueDevelopmentToken.name, () => {
  it('issues a token the verifier accepts for the same principal', () => {
    const token = issueDevelopmentToken({ subject: 'alice', roles: ['support-case-worker'], organisationId: 'be-payoke' }, development);
    expect(new TokenVerifier(development).verify(token)).toEqual({
      subject: 'alice',
      roles: ['support-case-worker'],
      organisationId: 'be-payoke',
    });
  });

  it('refuses to issue what verification would refuse', () => {
    expect(() => issueDevelopmentToken({ subject: 'bob', roles: ['support-case-worker'] }, development)).toThrow(
      'a token with role support-case-worker must name its organisation (org)',
    );
    expect(() => issueDevelopmentToken({ subject: 'bob', roles: ['auditor'], ttlSeconds: 0 }, development)).toThrow(
      'ttlSeconds must be a positive integer',
    );
  });

  it('is refused where tokens come from an identity provider', () => {
    const provider: JwtSettings = {
      algorithm: 'RS256',
      verificationKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey,
      issuer: 'https://id.example.eu/realms/harbour',
      audience: 'harbour-api',
    };
    expect(() => issueDevelopmentToken({ subject: 'alice', roles: ['auditor'] }, provider)).toThrow(
      /^development tokens need the HS256 development secret/,
    );
  });
});
