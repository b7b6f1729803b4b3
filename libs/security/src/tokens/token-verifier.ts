import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, JWTPayload, JWTVerifyGetKey } from 'jose';
import { Principal } from '../principal';
import { InvalidTokenError } from './invalid-token.error';
import { issuerKeySet } from './issuer-key-set';
import { JwtSettings, TokenIssuer } from './jwt-settings';
import { principalFromClaims } from './principal-claims';

/** Larger tokens are refused before any parsing: no identity provider issues them. */
export const MAX_TOKEN_LENGTH = 8192;

/**
 * Verifies a token against the key set of the issuer it names: algorithm from that issuer's
 * allow-list (never the token's choice alone), signature, audience, expiry, a lifetime no
 * longer than configured, then reads the principal.
 */
export class TokenVerifier {
  private readonly issuers: Map<string, { issuer: TokenIssuer; keys: JWTVerifyGetKey }>;

  constructor(private readonly settings: JwtSettings) {
    this.issuers = new Map(settings.issuers.map((issuer) => [issuer.issuer, { issuer, keys: issuerKeySet(issuer, settings.jwksCooldownMs) }]));
  }

  async verify(token: string): Promise<Principal> {
    if (token.length > MAX_TOKEN_LENGTH) throw new InvalidTokenError(`token is longer than ${MAX_TOKEN_LENGTH} characters`);
    const { alg, payload } = this.decode(token);
    const trusted = typeof payload.iss === 'string' ? this.issuers.get(payload.iss) : undefined;
    if (!trusted) throw new InvalidTokenError(`token issuer is not trusted; expected one of: ${[...this.issuers.keys()].map((name) => `'${name}'`).join(', ')}`);
    const { issuer, keys } = trusted;
    if (alg === 'none') throw new InvalidTokenError('token is not signed');
    if (!(issuer.algorithms as string[]).includes(alg)) {
      throw new InvalidTokenError(`token algorithm ${alg} is not accepted; expected ${issuer.algorithms.join(' or ')}`);
    }
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, keys, {
        issuer: issuer.issuer,
        audience: issuer.audience,
        algorithms: issuer.algorithms,
        clockTolerance: this.settings.clockToleranceSeconds,
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (error) {
      throw new InvalidTokenError(describe(error, issuer, payload));
    }
    this.assertLifetime(claims as Required<Pick<JWTPayload, 'exp' | 'iat'>>);
    return principalFromClaims(claims);
  }

  private decode(token: string): { alg: string; payload: JWTPayload } {
    try {
      const { alg } = decodeProtectedHeader(token);
      return { alg: String(alg), payload: decodeJwt(token) };
    } catch {
      throw new InvalidTokenError('token is malformed: expected three base64url parts holding a JSON header and claims');
    }
  }

  private assertLifetime({ iat, exp }: { iat: number; exp: number }): void {
    const { maxLifetimeSeconds, clockToleranceSeconds } = this.settings;
    if (exp - iat > maxLifetimeSeconds) throw new InvalidTokenError(`token lifetime ${exp - iat} s exceeds the maximum of ${maxLifetimeSeconds} s`);
    if (iat > Date.now() / 1000 + clockToleranceSeconds) throw new InvalidTokenError(`token is issued in the future (iat ${new Date(iat * 1000).toISOString()})`);
  }
}

function describe(error: unknown, issuer: TokenIssuer, payload: JWTPayload): string {
  if (error instanceof errors.JWTExpired) return `token expired at ${new Date(Number(payload.exp) * 1000).toISOString()}`;
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return `token audience is not accepted; expected '${issuer.audience}'`;
    if (error.claim === 'nbf') return `token is not valid before ${new Date(Number(payload.nbf) * 1000).toISOString()}`;
    if (error.reason === 'missing' && error.claim === 'exp') return 'token has no expiry (exp)';
    if (error.reason === 'missing' && error.claim === 'iat') return 'token has no issue time (iat)';
    return `token claim ${error.claim} is invalid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature is invalid';
  if (error instanceof errors.JWKSNoMatchingKey) return `token key is not in the key set of '${issuer.issuer}'`;
  if (error instanceof errors.JWKSMultipleMatchingKeys) return `token names no key id (kid) and '${issuer.issuer}' has several keys`;
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return `the key set of '${issuer.issuer}' could not be read`;
  if (error instanceof errors.JOSEError) return `token is invalid: ${error.code}`;
  return 'token could not be verified';
}
