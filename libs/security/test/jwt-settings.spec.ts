import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentJwksPath, jwtSettingsFromEnv, SecurityConfigurationError } from '../src';

function failure(env: NodeJS.ProcessEnv): string {
  try {
    jwtSettingsFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SecurityConfigurationError);
    return (error as Error).message;
  }
  throw new Error('settings were accepted');
}

const issuers = (...entries: unknown[]) => ({ HARBOUR_JWT_ISSUERS: JSON.stringify(entries) });
const keycloak = { issuer: 'https://id.example.eu/realms/harbour', audience: 'harbour-api', jwksUrl: 'https://id.example.eu/realms/harbour/certs' };

describe('token settings from the environment', () => {
  it('creates the local key (mode 0600) and its public JWKS on first use, and reuses them', () => {
    const directory = join(mkdtempSync(join(tmpdir(), 'harbour-jwt-')), 'keys');
    const first = jwtSettingsFromEnv({ HARBOUR_JWT_DEV_KEY_DIR: directory });
    expect(statSync(join(directory, 'jwt-dev.private.pem')).mode & 0o777).toBe(0o600);
    expect(first).toEqual({
      issuers: [{ issuer: 'harbour-dev', audience: 'harbour', jwksFile: developmentJwksPath(directory), algorithms: ['ES256'] }],
      maxLifetimeSeconds: 3600,
      clockToleranceSeconds: 5,
    });
    const jwks = readFileSync(developmentJwksPath(directory), 'utf8');
    expect(JSON.parse(jwks).keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256' })]);
    expect(jwks).not.toMatch(/"d"/);
    jwtSettingsFromEnv({ HARBOUR_JWT_DEV_KEY_DIR: directory });
    expect(readFileSync(developmentJwksPath(directory), 'utf8')).toBe(jwks);
  });

  it('refuses a local key file other users can read', () => {
    const directory = mkdtempSync(join(tmpdir(), 'harbour-jwt-'));
    jwtSettingsFromEnv({ HARBOUR_JWT_DEV_KEY_DIR: directory });
    const path = join(directory, 'jwt-dev.private.pem');
    chmodSync(path, 0o644);
    expect(failure({ HARBOUR_JWT_DEV_KEY_DIR: directory })).toBe(`${path} is readable by other users; run: chmod 600 ${path}`);
  });

  it('refuses the local key in production', () => {
    expect(failure({ NODE_ENV: 'production' })).toBe('HARBOUR_JWT_ISSUERS is required in production: the local development key is refused');
  });

  it('reads several identity providers, each with its key set, audience and algorithms', () => {
    const ministry = { issuer: 'https://login.justice.example.be', audience: 'harbour-justice', jwksFile: '/etc/harbour/justice.jwks.json', algorithms: ['PS256'] };
    expect(jwtSettingsFromEnv({ ...issuers(keycloak, ministry), NODE_ENV: 'production', HARBOUR_JWT_MAX_LIFETIME_SECONDS: '900', HARBOUR_JWT_CLOCK_TOLERANCE_SECONDS: '0' })).toEqual({
      issuers: [{ ...keycloak, algorithms: ['RS256', 'ES256'] }, ministry],
      maxLifetimeSeconds: 900,
      clockToleranceSeconds: 0,
    });
  });

  it.each([
    [{ HARBOUR_JWT_ISSUERS: '{' }, 'HARBOUR_JWT_ISSUERS is not JSON: expected an array of { issuer, audience, jwksUrl | jwksFile }'],
    [issuers(), 'HARBOUR_JWT_ISSUERS must be a non-empty array of { issuer, audience, jwksUrl | jwksFile }'],
    [issuers({ ...keycloak, audience: '' }), 'HARBOUR_JWT_ISSUERS[0].audience must be a non-empty string'],
    [issuers(keycloak, { ...keycloak, jwksFile: '/k.json', jwksUrl: undefined }), "HARBOUR_JWT_ISSUERS names issuer 'https://id.example.eu/realms/harbour' twice"],
    [issuers({ ...keycloak, jwksFile: '/k.json' }), 'HARBOUR_JWT_ISSUERS[0] needs exactly one of jwksUrl and jwksFile'],
    [issuers({ ...keycloak, jwksUrl: 'http://id.example.eu/certs' }), 'HARBOUR_JWT_ISSUERS[0].jwksUrl must be an https URL'],
    [issuers({ ...keycloak, jwksUrl: 'not a url' }), "HARBOUR_JWT_ISSUERS[0].jwksUrl is not a URL: 'not a url'"],
    [issuers({ ...keycloak, jwksUrl: undefined, jwksFile: 'keys.json' }), 'HARBOUR_JWT_ISSUERS[0].jwksFile must be an absolute path'],
    [issuers({ ...keycloak, algorithms: ['HS256'] }), /^HARBOUR_JWT_ISSUERS\[0\]\.algorithms: 'HS256' is not accepted; expected some of RS256/],
    [issuers({ ...keycloak, algorithms: ['none'] }), /^HARBOUR_JWT_ISSUERS\[0\]\.algorithms: 'none' is not accepted/],
    [issuers({ ...keycloak, audiences: ['x'] }), "HARBOUR_JWT_ISSUERS[0] has an unknown field 'audiences'; expected issuer, audience, jwksUrl, jwksFile, algorithms"],
    [{ ...issuers(keycloak), HARBOUR_JWT_MAX_LIFETIME_SECONDS: '0' }, "HARBOUR_JWT_MAX_LIFETIME_SECONDS must be a whole number of seconds from 1 to 86400, not '0'"],
    [{ ...issuers(keycloak), HARBOUR_JWT_CLOCK_TOLERANCE_SECONDS: '1m' }, "HARBOUR_JWT_CLOCK_TOLERANCE_SECONDS must be a whole number of seconds from 0 to 300, not '1m'"],
  ])('refuses %j', (env, message) => {
    expect(failure(env as NodeJS.ProcessEnv)).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  });

  it('allows a plain http key set on this machine only, and never in production', () => {
    const local = { ...keycloak, jwksUrl: 'http://127.0.0.1:8080/certs' };
    expect(jwtSettingsFromEnv(issuers(local)).issuers[0].jwksUrl).toBe('http://127.0.0.1:8080/certs');
    expect(failure({ ...issuers(local), NODE_ENV: 'production' })).toBe('HARBOUR_JWT_ISSUERS[0].jwksUrl must be an https URL');
  });
});
