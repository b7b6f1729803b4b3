import { createPublicKey, createSecretKey, KeyObject } from 'node:crypto';
import { assertStrongSecret, defaultDevelopmentKeyPath, readOrCreateDevelopmentKey } from './development-key';
import { SecurityConfigurationError } from './security-configuration.error';

export type TokenAlgorithm = 'HS256' | 'RS256' | 'ES256';

/** How tokens are verified. The algorithm comes from here, never from a token's header. */
export interface JwtSettings {
  algorithm: TokenAlgorithm;
  verificationKey: KeyObject;
  /** Only in development (HS256): the same secret signs development tokens. */
  signingKey?: KeyObject;
  issuer: string;
  audience: string;
}

const DEVELOPMENT_ISSUER = 'harbour-dev';
const DEFAULT_AUDIENCE = 'harbour';

/**
 * Reads the token settings:
 * - HARBOUR_JWT_PUBLIC_KEY (PEM, RSA → RS256, P-256 → ES256) with HARBOUR_JWT_ISSUER and
 *   HARBOUR_JWT_AUDIENCE: tokens from the organisation's identity provider;
 * - otherwise HS256 with HARBOUR_JWT_SECRET or the local key file HARBOUR_JWT_SECRET_FILE
 *   (default <repo>/.harbour/keys/jwt-dev.key), refused when NODE_ENV is production.
 */
export function jwtSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): JwtSettings {
  const publicKey = env.HARBOUR_JWT_PUBLIC_KEY;
  if (publicKey) {
    const verificationKey = parsePublicKey(publicKey);
    return {
      algorithm: algorithmFor(verificationKey),
      verificationKey,
      issuer: required(env, 'HARBOUR_JWT_ISSUER'),
      audience: required(env, 'HARBOUR_JWT_AUDIENCE'),
    };
  }
  if (env.NODE_ENV === 'production') {
    throw new SecurityConfigurationError(
      'HARBOUR_JWT_PUBLIC_KEY is required in production: development secrets (HS256) are refused',
    );
  }
  const secretKey = createSecretKey(Buffer.from(developmentSecret(env), 'utf8'));
  return {
    algorithm: 'HS256',
    verificationKey: secretKey,
    signingKey: secretKey,
    issuer: env.HARBOUR_JWT_ISSUER || DEVELOPMENT_ISSUER,
    audience: env.HARBOUR_JWT_AUDIENCE || DEFAULT_AUDIENCE,
  };
}

function developmentSecret(env: NodeJS.ProcessEnv): string {
  if (env.HARBOUR_JWT_SECRET) {
    assertStrongSecret(env.HARBOUR_JWT_SECRET, 'HARBOUR_JWT_SECRET');
    return env.HARBOUR_JWT_SECRET;
  }
  return readOrCreateDevelopmentKey(env.HARBOUR_JWT_SECRET_FILE || defaultDevelopmentKeyPath());
}

function parsePublicKey(pem: string): KeyObject {
  try {
    // Environment files often carry PEM line breaks as literal "\n".
    return createPublicKey(pem.replace(/\\n/g, '\n'));
  } catch {
    throw new SecurityConfigurationError('HARBOUR_JWT_PUBLIC_KEY is not a PEM public key');
  }
}

function algorithmFor(key: KeyObject): TokenAlgorithm {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new SecurityConfigurationError('HARBOUR_JWT_PUBLIC_KEY must be an RSA key (RS256) or an EC P-256 key (ES256)');
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new SecurityConfigurationError(`${name} is required when HARBOUR_JWT_PUBLIC_KEY is set`);
  return value;
}
