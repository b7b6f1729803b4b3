import { createLocalJWKSet, createRemoteJWKSet, errors, JSONWebKeySet, JWTVerifyGetKey } from 'jose';
import { readFileSync, statSync } from 'node:fs';
import { TokenIssuer } from './jwt-settings';
import { SecurityConfigurationError } from './security-configuration.error';

const JWKS_TIMEOUT_MS = 5000;
const DEFAULT_COOLDOWN_MS = 30_000;

/** The keys an issuer signs with: fetched and cached (jose refetches on an unknown kid), or read from a file. */
export function issuerKeySet(issuer: TokenIssuer, cooldownMs = DEFAULT_COOLDOWN_MS): JWTVerifyGetKey {
  if (issuer.jwksUrl) return createRemoteJWKSet(new URL(issuer.jwksUrl), { timeoutDuration: JWKS_TIMEOUT_MS, cooldownDuration: cooldownMs });
  return fileKeySet(issuer.jwksFile as string);
}

/** A JWKS file, read again when a token names a key it lacks and the file has changed since (rotation). */
function fileKeySet(path: string): JWTVerifyGetKey {
  let loaded: { modified: number; keys: JWTVerifyGetKey } | undefined;
  const load = () => {
    const modified = statSync(path).mtimeMs;
    if (loaded?.modified !== modified) loaded = { modified, keys: createLocalJWKSet(readJwks(path)) };
    return loaded.keys;
  };
  return async (header, token) => {
    const cached = loaded?.keys ?? load();
    try {
      return await cached(header, token);
    } catch (error) {
      const fresh = error instanceof errors.JWKSNoMatchingKey ? load() : cached;
      if (fresh === cached) throw error;
      return fresh(header, token);
    }
  };
}

function readJwks(path: string): JSONWebKeySet {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new SecurityConfigurationError(`${path} is not a readable JWKS file`);
  }
  if (!Array.isArray((parsed as JSONWebKeySet | null)?.keys)) throw new SecurityConfigurationError(`${path} must hold a JWKS ({ "keys": [...] })`);
  return parsed as JSONWebKeySet;
}
