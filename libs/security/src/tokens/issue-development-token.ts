import { sign } from 'jsonwebtoken';
import { Role } from '../roles';
import { jwtSettingsFromEnv, JwtSettings } from './jwt-settings';
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

const DEFAULT_TTL_SECONDS = 3600;

/**
 * Signs a token with the local development secret, for local runs, tests and demos. Refused
 * where tokens come from an identity provider (no signing key is held then).
 */
export function issueDevelopmentToken(request: DevelopmentTokenRequest, settings: JwtSettings = jwtSettingsFromEnv()): string {
  if (!settings.signingKey) {
    throw new SecurityConfigurationError(
      `development tokens need the HS256 development secret; this environment accepts ${settings.algorithm} tokens from ${settings.issuer}`,
    );
  }
  const ttlSeconds = request.ttlSeconds ?? DEFAULT_TTL_SECONDS;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new RangeError('ttlSeconds must be a positive integer');
  const claims = claimsFromPrincipal(request);
  // Refuses what verification would refuse, so an issued token is always usable.
  principalFromClaims(claims);
  const iat = Math.floor((request.issuedAt ?? new Date()).getTime() / 1000);
  return sign({ ...claims, iat, exp: iat + ttlSeconds }, settings.signingKey, {
    algorithm: 'HS256',
    issuer: settings.issuer,
    audience: settings.audience,
  });
}
