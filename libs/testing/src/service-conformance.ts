import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { EventRegistry } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';

export interface ServiceUnderTest {
  /** The bounded context, e.g. "justice". */
  context: string;
  /** Builds the service as it runs (createServiceApp) on a database of its own. */
  start: () => Promise<NestExpressApplication>;
  stop?: (app: NestExpressApplication) => Promise<void>;
  /** A caller who may read the context's reference data, and one who may not. */
  reader: { roles: Role[]; organisationId?: string };
  outsider: { roles: Role[]; organisationId?: string };
  vocabularies: Record<string, unknown>;
  /** Paths the OpenAPI document must list besides health and reference data. */
  paths?: string[];
}

/**
 * What every Harbour service promises at its boundary: health, an OpenAPI document, tokens
 * checked on every route but health, precise errors for bodies too large or not JSON.
 */
export function describeServiceConformance(service: ServiceUnderTest): void {
  const { context } = service;
  const token = (caller: { roles: Role[]; organisationId?: string }, issuedAt?: Date) =>
    issueDevelopmentToken({ subject: `e2e-${context}`, ...caller, ...(issuedAt ? { issuedAt } : {}) });

  describe(`${context} service boundary`, () => {
    let app: NestExpressApplication;
    const http = () => request(app.getHttpServer());

    beforeAll(async () => {
      app = await service.start();
    });
    afterAll(() => (service.stop ? service.stop(app) : app.close()));

    it('is healthy once its database is connected', async () => {
      await http().get('/health').expect(200, { status: 'ok', service: context, checks: { mongo: { status: 'up' }, kafka: { status: 'up' } } });
    });

    it('publishes an OpenAPI document that names it and lists its paths', async () => {
      const { body } = await http().get('/openapi.json').expect(200);
      expect(body.info.title).toBe(`Harbour ${context} service`);
      expect(Object.keys(body.paths)).toEqual(
        expect.arrayContaining(['/health', '/reference/vocabularies', '/reference/events', ...(service.paths ?? [])]),
      );
    });

    it('serves its closed vocabularies and the facts it publishes to its own roles', async () => {
      const bearer = token(service.reader);
      await http().get('/reference/vocabularies').auth(bearer, { type: 'bearer' }).expect(200, { context, vocabularies: service.vocabularies });
      const { body } = await http().get('/reference/events').auth(bearer, { type: 'bearer' }).expect(200);
      expect(body).toMatchObject({ context, topic: `harbour.${context}.v1`, taskQueue: context });
      expect(body.events.map((event: { type: string }) => event.type)).toEqual(
        EventRegistry.filter((definition) => definition.source === `/harbour/${context}`).map((definition) => definition.type),
      );
    });

    it('refuses a missing, an expired or a wrong-role token', async () => {
      await http().get('/reference/vocabularies').expect(401);
      const expired = token(service.reader, new Date(Date.now() - 2 * 3600_000));
      const late = await http().get('/reference/vocabularies').auth(expired, { type: 'bearer' }).expect(401);
      expect(late.body.message).toMatch(/^token expired at /);
      await http().get('/reference/vocabularies').auth(token(service.outsider), { type: 'bearer' }).expect(403);
    });

    it('answers a 2 MB body with 413 and malformed JSON with 400', async () => {
      const big = await http().post('/reference/vocabularies').set('Content-Type', 'application/json').send(`"${'x'.repeat(2 << 20)}"`);
      expect(big.status).toBe(413);
      expect(big.body.message).toMatch(/the limit is 65536 bytes/);
      const malformed = await http().post('/reference/vocabularies').set('Content-Type', 'application/json').send('{"country": ');
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toMatch(/^request body is not valid JSON/);
    });
  });
}
