import { createSecretKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { InvalidTokenError, issueDevelopmentToken, JwtSettings, TokenVerifier } from '../src';

const secret = createSecretKey(randomBytes(32));
const development: JwtSettings = { algorithm: 'HS256', verificationKey: secret, signingKey: secret, issuer: 'harbour-dev', audience: 'harbour' };
const now = () => Math.floor(Date.now() / 1000);
const claims = { sub: 'alice', roles: ['first-responder'], iat: now(), exp: now() + 600 };
const options = { issuer: 'harbour-dev', audience: 'harbour' };

function refusal(verifier: TokenVerifier, token: string): string {
  try {
    verifier.verify(token);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidTokenError);
    return (error as Error).message;
  }
  throw new Error('token was accepted');
}

describe(TokenVerifier.name, () => {
  const verifier = new TokenVerifier(development);

  it('reads the principal from a valid token', () => {
    const token = sign({ ...claims, roles: ['support-case-worker'], org: 'be-payoke' }, secret, { ...options, algorithm: 'HS256' });
    expect(verifier.verify(token)).toEqual({ subject: 'alice', roles: ['support-case-worker'], organisationId: 'be-payoke' });
  });

  it('refuses a token signed with another algorithm than the configured one', () => {
    const token = sign(claims, secret, { ...options, algorithm: 'HS512' });
    expect(refusal(verifier, token)).toBe('token algorithm HS512 is not accepted; expected HS256');
  });

  it('refuses an unsigned token', () => {
    const token = sign(claims, null, { ...options, algorithm: 'none' });
    expect(refusal(verifier, token)).toBe('token is not signed');
  });

  it('refuses a token from another issuer', () => {
    const token = sign(claims, secret, { issuer: 'someone-else', audience: 'harbour', algorithm: 'HS256' });
    expect(refusal(verifier, token)).toBe("token issuer is not trusted; expected 'harbour-dev'");
  });

  it('refuses a token meant for another audience', () => {
    const token = sign(claims, secret, { issuer: 'harbour-dev', audience: 'other-app', algorithm: 'HS256' });
    expect(refusal(verifier, token)).toBe("token audience is not accepted; expected 'harbour'");
  });

  it('refuses an expired token and says when it expired', () => {
    const token = issueDevelopmentToken({ subject: 'alice', roles: ['auditor'], ttlSeconds: 60, issuedAt: new Date('2026-01-01T10:00:00Z') }, development);
    expect(refusal(verifier, token)).toBe('token expired at 2026-01-01T10:01:00.000Z');
  });

  it('refuses a token without expiry', () => {
    const token = sign({ sub: 'alice', roles: ['auditor'] }, secret, { ...options, algorithm: 'HS256' });
    expect(refusal(verifier, token)).toBe('token has no expiry (exp)');
  });

  it('refuses a token with a forged signature', () => {
    const token = sign(claims, randomBytes(32), { ...options, algorithm: 'HS256' });
    expect(refusal(verifier, token)).toBe('token signature is invalid');
  });

  it('refuses what is not a token', () => {
    expect(refusal(verifier, 'not-a-token')).toBe('token is malformed: expected three base64url parts');
  });

  it('refuses a token that carries no Harbour role, ignoring roles of other applications', () => {
    const token = sign({ ...claims, roles: ['offline_access'] }, secret, { ...options, algorithm: 'HS256' });
    expect(refusal(verifier, token)).toMatch(/^token carries no Harbour role/);
    const mixed = sign({ ...claims, roles: ['offline_access', 'auditor'] }, secret, { ...options, algorithm: 'HS256' });
    expect(verifier.verify(mixed).roles).toEqual(['auditor']);
  });

  it('refuses a support case worker token that does not name its organisation', () => {
    const token = sign({ ...claims, roles: ['support-case-worker'] }, secret, { ...options, algorithm: 'HS256' });
    expect(refusal(verifier, token)).toBe('a token with role support-case-worker must name its organisation (org)');
  });

  it('reads the country an operations analyst oversees, and refuses one that is not a country code', () => {
    const token = sign({ ...claims, roles: ['operations-analyst'], country: 'BE' }, secret, { ...options, algorithm: 'HS256' });
    expect(verifier.verify(token)).toEqual({ subject: 'alice', roles: ['operations-analyst'], country: 'BE' });
    const wrong = sign({ ...claims, roles: ['operations-analyst'], country: 'Belgium' }, secret, { ...options, algorithm: 'HS256' });
    expect(refusal(verifier, wrong)).toBe('token country must be an ISO 3166-1 alpha-2 code such as "BE"');
  });

  describe('with an identity provider key', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const provider = { issuer: 'https://id.example.eu/realms/harbour', audience: 'harbour-api' };

    it('accepts RS256 tokens signed by the provider', () => {
      const rs256 = new TokenVerifier({ algorithm: 'RS256', verificationKey: rsa.publicKey, ...provider });
      const token = sign(claims, rsa.privateKey, { ...provider, algorithm: 'RS256' });
      expect(rs256.verify(token).subject).toBe('alice');
    });

    it('accepts ES256 tokens and refuses an RS256 token presented to it', () => {
      const es256 = new TokenVerifier({ algorithm: 'ES256', verificationKey: ec.publicKey, ...provider });
      expect(es256.verify(sign(claims, ec.privateKey, { ...provider, algorithm: 'ES256' })).subject).toBe('alice');
      expect(refusal(es256, sign(claims, rsa.privateKey, { ...provider, algorithm: 'RS256' }))).toBe(
        'token algorithm RS256 is not accepted; expected ES256',
      );
    });

    it('refuses an HS256 token forged with the public key as its secret', () => {
      const rs256 = new TokenVerifier({ algorithm: 'RS256', verificationKey: rsa.publicKey, ...provider });
      const publicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' });
      const forged = sign(claims, createSecretKey(Buffer.from(publicPem)), { ...provider, algorithm: 'HS256' });
      expect(refusal(rs256, forged)).toBe('token algorithm HS256 is not accepted; expected RS256');
    });
  });
});
