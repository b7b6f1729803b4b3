import { isAbsolute } from 'node:path';
import { defaultDevelopmentKeyDirectory, developmentJwksPath, readOrCreateDevelopmentKey } from './development-key';
import { SecurityConfigurationError } from './security-configuration.error';

/** Asymmetric algorithms only: `none` and HS* are never accepted, so a public key cannot be used as an HMAC secret. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;
export type TokenAlgorithm = (typeof ACCEPTED_ALGORITHMS)[number];

/** One identity provider whose tokens Harbour accepts: its own key set, audience and algorithms. */
export interface TokenIssuer {
  issuer: string;
  audience: string;
  /** The provider's JWKS, fetched and cached; a key id it does not hold triggers a refetch (rotation). */
  jwksUrl?: string;
  /** Or a JWKS file, re-read when it changes (the local platform's). */
  jwksFile?: string;
  algorithms: TokenAlgorithm[];
}

export interface JwtSettings {
  issuers: TokenIssuer[];
  /** exp − iat may not exceed this. */
  maxLifetimeSeconds: number;
  clockToleranceSeconds: number;
  /** Least time between two fetches of a remote key set. */
  jwksCooldownMs?: number;
}

export const DEVELOPMENT_ISSUER = 'harbour-dev';
const DEFAULT_AUDIENCE = 'harbour';
const DEFAULT_MAX_LIFETIME_SECONDS = 3600;
const LIMIT_MAX_LIFETIME_SECONDS = 86_400;
const DEFAULT_CLOCK_TOLERANCE_SECONDS = 5;
const LIMIT_CLOCK_TOLERANCE_SECONDS = 300;
const ISSUER_FIELDS = ['issuer', 'audience', 'jwksUrl', 'jwksFile', 'algorithms'];

/**
 * Reads the token settings:
 * - HARBOUR_JWT_ISSUERS: a JSON array of `{ issuer, audience, jwksUrl | jwksFile, algorithms? }`,
 *   the identity providers whose tokens are accepted (algorithms default to RS256 and ES256);
 * - otherwise, outside production, the local platform's issuer `harbour-dev`, whose ES256 key is
 *   created on first use under HARBOUR_JWT_DEV_KEY_DIR (default <repo>/.harbour/keys);
 * - HARBOUR_JWT_MAX_LIFETIME_SECONDS (default 3600, at most 86400) and
 *   HARBOUR_JWT_CLOCK_TOLERANCE_SECONDS (default 5, at most 300).
 */
export function jwtSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): JwtSettings {
  const maxLifetimeSeconds = seconds(env, 'HARBOUR_JWT_MAX_LIFETIME_SECONDS', DEFAULT_MAX_LIFETIME_SECONDS, 1, LIMIT_MAX_LIFETIME_SECONDS);
  const clockToleranceSeconds = seconds(env, 'HARBOUR_JWT_CLOCK_TOLERANCE_SECONDS', DEFAULT_CLOCK_TOLERANCE_SECONDS, 0, LIMIT_CLOCK_TOLERANCE_SECONDS);
  if (env.HARBOUR_JWT_ISSUERS) return { issuers: parseIssuers(env.HARBOUR_JWT_ISSUERS, env), maxLifetimeSeconds, clockToleranceSeconds };
  if (env.NODE_ENV === 'production') {
    throw new SecurityConfigurationError('HARBOUR_JWT_ISSUERS is required in production: the local development key is refused');
  }
  const directory = developmentKeyDirectory(env);
  readOrCreateDevelopmentKey(directory);
  return {
    issuers: [{ issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE, jwksFile: developmentJwksPath(directory), algorithms: ['ES256'] }],
    maxLifetimeSeconds,
    clockToleranceSeconds,
  };
}

export function developmentKeyDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.HARBOUR_JWT_DEV_KEY_DIR || defaultDevelopmentKeyDirectory();
}

function parseIssuers(raw: string, env: NodeJS.ProcessEnv): TokenIssuer[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new SecurityConfigurationError('HARBOUR_JWT_ISSUERS is not JSON: expected an array of { issuer, audience, jwksUrl | jwksFile }');
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new SecurityConfigurationError('HARBOUR_JWT_ISSUERS must be a non-empty array of { issuer, audience, jwksUrl | jwksFile }');
  }
  const issuers = parsed.map((entry, index) => parseIssuer(entry, `HARBOUR_JWT_ISSUERS[${index}]`, env));
  const seen = new Set<string>();
  for (const { issuer } of issuers) {
    if (seen.has(issuer)) throw new SecurityConfigurationError(`HARBOUR_JWT_ISSUERS names issuer '${issuer}' twice`);
    seen.add(issuer);
  }
  return issuers;
}

function parseIssuer(entry: unknown, where: string, env: NodeJS.ProcessEnv): TokenIssuer {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new SecurityConfigurationError(`${where} must be an object`);
  const fields = entry as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !ISSUER_FIELDS.includes(key));
  if (unknown) throw new SecurityConfigurationError(`${where} has an unknown field '${unknown}'; expected ${ISSUER_FIELDS.join(', ')}`);
  const text = (name: string): string => {
    const value = fields[name];
    if (typeof value !== 'string' || value.length === 0) throw new SecurityConfigurationError(`${where}.${name} must be a non-empty string`);
    return value;
  };
  const issuer = text('issuer');
  const audience = text('audience');
  if ((fields.jwksUrl === undefined) === (fields.jwksFile === undefined)) {
    throw new SecurityConfigurationError(`${where} needs exactly one of jwksUrl and jwksFile`);
  }
  const source = fields.jwksUrl === undefined ? { jwksFile: jwksFile(text('jwksFile'), where) } : { jwksUrl: jwksUrl(text('jwksUrl'), where, env) };
  return { issuer, audience, ...source, algorithms: algorithms(fields.algorithms, where) };
}

function jwksUrl(value: string, where: string, env: NodeJS.ProcessEnv): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SecurityConfigurationError(`${where}.jwksUrl is not a URL: '${value}'`);
  }
  // Plain http only to this machine and never in production: keys fetched over the network need TLS.
  const local = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && env.NODE_ENV !== 'production';
  if (url.protocol !== 'https:' && !local) throw new SecurityConfigurationError(`${where}.jwksUrl must be an https URL`);
  return url.href;
}

function jwksFile(value: string, where: string): string {
  if (!isAbsolute(value)) throw new SecurityConfigurationError(`${where}.jwksFile must be an absolute path`);
  return value;
}

function algorithms(value: unknown, where: string): TokenAlgorithm[] {
  if (value === undefined) return ['RS256', 'ES256'];
  if (!Array.isArray(value) || value.length === 0) throw new SecurityConfigurationError(`${where}.algorithms must be a non-empty array`);
  for (const algorithm of value) {
    if (!(ACCEPTED_ALGORITHMS as readonly unknown[]).includes(algorithm)) {
      throw new SecurityConfigurationError(`${where}.algorithms: '${String(algorithm)}' is not accepted; expected some of ${ACCEPTED_ALGORITHMS.join(', ')}`);
    }
  }
  return value as TokenAlgorithm[];
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[0-9]+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new SecurityConfigurationError(`${name} must be a whole number of seconds from ${min} to ${max}, not '${raw}'`);
  }
  return Number(raw);
}
