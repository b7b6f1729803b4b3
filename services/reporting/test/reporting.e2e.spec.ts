import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { CrimeTypes, EventRegistry, ReportChannels } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { uniqueName } from '@harbour/testing';
import { ReportingModule } from '../src/app.module';

const token = (roles: Role[], claims: { organisationId?: string; issuedAt?: Date } = {}) =>
  issueDevelopmentToken({ subject: 'e2e-reporting', roles, ...claims });

describe('reporting service', () => {
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    process.env.MONGO_DB = uniqueName('harbour-reporting-e2e');
    app = await createServiceApp(ReportingModule, { name: 'reporting', logger: false });
  });
  afterAll(() => app.close());

  it('is healthy once its database is connected', async () => {
    await http().get('/health').expect(200, { status: 'ok', service: 'reporting', checks: { mongo: { status: 'up' } } });
  });

  it('publishes an OpenAPI document that names it', async () => {
    const { body } = await http().get('/openapi.json').expect(200);
    expect(body.info.title).toBe('Harbour reporting service');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/health', '/reference/vocabularies', '/reference/events']));
  });

  it('serves its closed vocabularies and published facts to first responders', async () => {
    const bearer = token(['first-responder']);
    await http()
      .get('/reference/vocabularies')
      .auth(bearer, { type: 'bearer' })
      .expect(200, {
        context: 'reporting',
        vocabularies: { reportChannels: [...ReportChannels], crimeTypes: [...CrimeTypes] },
      });
    const { body } = await http().get('/reference/events').auth(bearer, { type: 'bearer' }).expect(200);
    expect(body).toMatchObject({ context: 'reporting', topic: 'harbour.reporting.v1', taskQueue: 'reporting' });
    expect(body.events.map((event: { type: string }) => event.type)).toEqual(
      EventRegistry.filter((definition) => definition.source === '/harbour/reporting').map((definition) => definition.type),
    );
  });

  it('refuses a missing, an expired or a wrong-role token', async () => {
    await http().get('/reference/vocabularies').expect(401);
    const expired = token(['first-responder'], { issuedAt: new Date(Date.now() - 2 * 3600_000) });
    const late = await http().get('/reference/vocabularies').auth(expired, { type: 'bearer' }).expect(401);
    expect(late.body.message).toMatch(/^token expired at /);
    await http().get('/reference/vocabularies').auth(token(['protection-officer']), { type: 'bearer' }).expect(403);
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
