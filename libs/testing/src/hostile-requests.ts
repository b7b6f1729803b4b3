import { NestExpressApplication } from '@nestjs/platform-express';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { DEVELOPMENT_ISSUER, developmentJwksPath, developmentKeyDirectory, developmentSignerFromEnv, issueDevelopmentToken, Role } from '@harbour/security';

/** A route a valid token of `role` reaches (2xx, or 4xx past authentication). */
export interface GuardedRoute {
  method: 'get' | 'post' | 'put';
  path: string;
  role: Role;
  organisationId?: string;
}

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The tokens an attacker can write without the local platform's private key, each with what it tries. */
export function tamperedTokens(route: GuardedRoute): Array<{ attack: string; token: string; refusal: RegExp }> {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: DEVELOPMENT_ISSUER, aud: 'harbour', sub: 'mallory', roles: [route.role], ...(route.organisationId ? { org: route.organisationId } : {}), iat: now, exp: now + 600 };
  const [published] = JSON.parse(readFileSync(developmentJwksPath(developmentKeyDirectory()), 'utf8')).keys as Array<{ kid: string }>;
  const foreign = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
  const es256 = (header: object, body: object) => {
    const input = `${part(header)}.${part(body)}`;
    return `${input}.${sign('sha256', Buffer.from(input), { key: foreign, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
  };
  const hs256With = (secret: string) => {
    const input = `${part({ alg: 'HS256', typ: 'JWT', kid: published.kid })}.${part(claims)}`;
    return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
  };
  const principal = { subject: 'mallory', roles: [route.role], ...(route.organisationId ? { organisationId: route.organisationId } : {}) };
  // The local key itself, as another application of the same identity provider would hold it.
  const signer = developmentSignerFromEnv();
  const [header, , signature] = issueDevelopmentToken(principal).split('.');
  return [
    { attack: 'no signature (alg none)', token: `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`, refusal: /^token is not signed$/ },
    { attack: 'HS256 signed with the published public key (algorithm confusion)', token: hs256With(JSON.stringify(published)), refusal: /^token algorithm HS256 is not accepted/ },
    { attack: 'expired', token: issueDevelopmentToken({ ...principal, issuedAt: new Date(Date.now() - 2 * 3600_000) }), refusal: /^token expired at / },
    { attack: 'another issuer', token: issueDevelopmentToken(principal, { ...signer, issuer: 'https://evil.example' }), refusal: /^token issuer is not trusted/ },
    { attack: 'another audience', token: issueDevelopmentToken(principal, { ...signer, audience: 'another-app' }), refusal: /^token audience is not accepted/ },
    { attack: 'a foreign key under the published key id', token: es256({ alg: 'ES256', kid: published.kid }, claims), refusal: /^token signature is invalid$/ },
    { attack: 'a foreign key under its own key id', token: es256({ alg: 'ES256', kid: 'mallory-1' }, claims), refusal: /^token key is not in the key set/ },
    { attack: 'claims rewritten under a valid signature', token: `${header}.${part({ ...claims, roles: ['auditor', route.role] })}.${signature}`, refusal: /^token signature is invalid$/ },
    { attack: 'a lifetime beyond the maximum', token: issueDevelopmentToken({ ...principal, ttlSeconds: 30 * 86_400 }, { ...signer, maxLifetimeSeconds: 30 * 86_400 }), refusal: /^token lifetime \d+ s exceeds the maximum/ },
    { attack: 'oversize', token: `${part({ alg: 'ES256', kid: published.kid, pad: 'x'.repeat(9000) })}.${part(claims)}.${signature}`, refusal: /^token is longer than 8192 characters$/ },
  ];
}

interface ServiceUnderAttack<R extends GuardedRoute> {
  context: string;
  start: () => Promise<NestExpressApplication>;
  stop: (app: NestExpressApplication) => Promise<void>;
  route: R;
}

/** Starts the service for the enclosing describe block; the application once started. */
function serviceFor<R extends GuardedRoute>(service: ServiceUnderAttack<R>): () => NestExpressApplication {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await service.start();
  });
  afterAll(() => service.stop(app));
  return () => app;
}

/** Every tampered token gets 401 with its reason on a route a valid token reaches, never 500. */
export function describeTamperedTokens(service: ServiceUnderAttack<GuardedRoute>): void {
  describe(`tampered tokens against ${service.context}`, () => {
    const app = serviceFor(service);
    const { route } = service;

    it(`${route.method} ${route.path} with a valid token is not refused`, async () => {
      const token = issueDevelopmentToken({ subject: 'alice', roles: [route.role], ...(route.organisationId ? { organisationId: route.organisationId } : {}) });
      const response = await request(app().getHttpServer())[route.method](route.path).auth(token, { type: 'bearer' }).send({});
      expect([401, 403, 500]).not.toContain(response.status);
    });

    it.each(tamperedTokens(route))(`${route.method} ${route.path} with a token of $attack: 401`, async ({ token, refusal }) => {
      const response = await request(app().getHttpServer())[route.method](route.path).auth(token, { type: 'bearer' }).send({});
      expect(response.status).toBe(401);
      expect(response.body.message).toMatch(refusal);
    });
  });
}

/** Request bodies and queries that try the database's operators or the parser's limits. */
export const HostileBodies: Array<{ attack: string; body: string; statuses: number[] }> = [
  { attack: 'an operator in place of a value', body: JSON.stringify({ $where: 'sleep(1000)', journeyId: { $gt: '' }, country: { $ne: null } }), statuses: [400] },
  { attack: 'a body nested 5,000 levels deep', body: `${'['.repeat(5000)}${']'.repeat(5000)}`, statuses: [400] },
  { attack: 'an object nested 5,000 levels deep', body: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`, statuses: [400] },
  { attack: 'a 1 MiB body', body: JSON.stringify({ padding: 'x'.repeat(1 << 20) }), statuses: [413] },
  { attack: 'a prototype key', body: '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"roles": ["auditor"]}}}', statuses: [400] },
];

/** Every hostile body gets a 4xx that says so, never a 500, on a route a valid token reaches. */
export function describeHostileBodies(service: ServiceUnderAttack<GuardedRoute & { method: 'post' | 'put' }>): void {
  describe(`hostile bodies against ${service.context}`, () => {
    const app = serviceFor(service);
    const { route } = service;

    it.each(HostileBodies)(`${route.method} ${route.path} with $attack: $statuses`, async ({ body, statuses }) => {
      const token = issueDevelopmentToken({ subject: 'alice', roles: [route.role], ...(route.organisationId ? { organisationId: route.organisationId } : {}) });
      const response = await request(app().getHttpServer())[route.method](route.path).auth(token, { type: 'bearer' }).set('Content-Type', 'application/json').send(body);
      expect(statuses).toContain(response.status);
      expect(typeof response.body.message === 'string' || Array.isArray(response.body.message)).toBe(true);
    });
  });
}
