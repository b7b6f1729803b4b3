import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { CrimeTypes, EventRegistry } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { uniqueName } from '@harbour/testing';
import { IdentificationModule } from '../src/app.module';

const token = (roles: Role[], claims: { organisationId?: string; issuedAt?: Date } = {}) =>
  issueDevelopmentToken({ subject: 'e2e-identification', roles, ...claims });

describe('identification service', () => {
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    process.env.MONGO_DB = uniqueName('harbour-identification-e2e');
    app = await createServiceApp(IdentificationModule, { name: 'identification', logger: false });
  });
  afterAll(() => app.close());

  it('is healthy once its database is connected', async () => {
    await http().get('/health').expect(200, { status: 'ok', service: 'identification', checks: { mongo: { status: 'up' } } });
  });

  it('publishes an OpenAPI document that names it', async () => {
    const { body } = await http().get('/openapi.json').expect(200);
    expect(body.info.title).toBe('Harbour identification service');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/health', '/reference/vocabularies', '/reference/events']));
  });

  it('serves its closed vocabularies and published facts to NRM decision makers', async () => {
    const bearer = token(['nrm-decision-maker']);
    await http()
      .get('/reference/vocabularies')
      .auth(bearer, { type: 'bearer' })
      .expect(200, {
        context: 'identification',
        vocabularies: { crimeTypes: [...CrimeTypes] },
      });
    const { body } = await http().get('/reference/events').auth(bearer, { type: 'bearer' }).expect(200);
    expect(body).toMatchObject({ context: 'identification', topic: 'harbour.identification.v1', taskQueue: 'identification' });
    expect(body.events.map((event: { type: string }) => event.type)).toEqual(
      EventRegistry.filter((definition) => definition.source === '/harbour/identification').map((definition) => definition.type),
    );
  });

  it('refuses a missing, an expired or a wrong-role token', async () => {
    await http().get('/reference/vocabularies').expect(401);
    const expired = token(['nrm-decision-maker'], { issuedAt: new Date(Date.now() - 2 * 3600_000) });
    const late = await http().get('/reference/vocabularies').auth(expired, { type: 'bearer' }).expect(401);
    expect(late.body.message).toMatch(/^token expired at /);
    await http().get('/reference/vocabularies').auth(token(['compensation-officer']), { type: 'bearer' }).expect(403);
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
