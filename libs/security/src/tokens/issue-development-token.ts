import { sign } from 'node:crypto';
import { Role } from '../roles';
import { DevelopmentSigningKey, readOrCreateDevelopmentKey } from './development-key';
import { developmentKeyDirectory, jwtSettingsFromEnv } from './jwt-settings';
import { claimsFromPrincipal, principalFromClaims } from './principal-claims';
import { SecurityConfigurationError } from './security-configuration.error';

export interface DevelopmentTokenRequest {
  subject: string;
  roles: Role[];
  organisationId?: string;
  country?: string;
  /** Lifetime; one hour unless said otherwise. */
  ttlSeconds?: number;
  /** When the token counts as issued; tests back-date it to obtain an expired token. */
  issuedAt?: Date;
}

/** What signs development tokens: the local key, and the issuer and audience the services expect of it. */
export interface DevelopmentSigner {
  key: DevelopmentSigningKey;
  issuer: string;
  audience: string;
  maxLifetimeSeconds: number;
}

const DEFAULT_TTL_SECONDS = 3600;

/**
 * The local platform's signer. Refused where tokens come from an identity provider
 * (HARBOUR_JWT_ISSUERS set) or in production: no signing key is held there.
 */
export function developmentSignerFromEnv(env: NodeJS.ProcessEnv = process.env): DevelopmentSigner {
  if (env.HARBOUR_JWT_ISSUERS) {
    throw new SecurityConfigurationError('development tokens are not accepted here: this environment takes tokens from HARBOUR_JWT_ISSUERS');
  }
  const settings = jwtSettingsFromEnv(env);
  const [{ issuer, audience }] = settings.issuers;
  return { key: readOrCreateDevelopmentKey(developmentKeyDirectory(env)), issuer, audience, maxLifetimeSeconds: settings.maxLifetimeSeconds };
}

/** Signs a token (ES256) with the local development key, for local runs, tests and demos. */
export function issueDevelopmentToken(request: DevelopmentTokenRequest, signer: DevelopmentSigner = developmentSignerFromEnv()): string {
  const ttlSeconds = request.ttlSeconds ?? Math.min(DEFAULT_TTL_SECONDS, signer.maxLifetimeSeconds);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new RangeError('ttlSeconds must be a positive integer');
  if (ttlSeconds > signer.maxLifetimeSeconds) {
    throw new RangeError(`ttlSeconds ${ttlSeconds} exceeds the maximum token lifetime of ${signer.maxLifetimeSeconds} s (HARBOUR_JWT_MAX_LIFETIME_SECONDS)`);
  }
  const claims = claimsFromPrincipal(request);
  // Refuses what verification would refuse, so an issued token is always usable.
  principalFromClaims(claims);
  const iat = Math.floor((request.issuedAt ?? new Date()).getTime() / 1000);
  return signJwt({ alg: 'ES256', typ: 'JWT', kid: signer.key.kid }, { ...claims, iss: signer.issuer, aud: signer.audience, iat, exp: iat + ttlSeconds }, signer.key);
}

/** Compact JWS, signed synchronously so that tests and the token command need no event loop turn. */
function signJwt(header: object, payload: object, key: DevelopmentSigningKey): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const input = `${encode(header)}.${encode(payload)}`;
  const signature = sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}
