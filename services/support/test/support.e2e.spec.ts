import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { EventRegistry, ReferralDeclineReasons, ReferralWithdrawalReasons, SpecialismForCrime, Specialisms } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { startSupportService, stopSupportService } from './support/support-testbed';

const token = (roles: Role[], claims: { organisationId?: string; issuedAt?: Date } = {}) =>
  issueDevelopmentToken({ subject: 'e2e-support', roles, ...claims });

describe('support service', () => {
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startSupportService();
  });
  afterAll(() => stopSupportService(app));

  it('is healthy once its database is connected', async () => {
    await http().get('/health').expect(200, { status: 'ok', service: 'support', checks: { mongo: { status: 'up' } } });
  });

  it('publishes an OpenAPI document that names it', async () => {
    const { body } = await http().get('/openapi.json').expect(200);
    expect(body.info.title).toBe('Harbour support service');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/reference/vocabularies',
        '/reference/events',
        '/organisations',
        '/organisations/matches',
        '/organisations/{orgId}/tasks',
        '/organisations/{orgId}/tasks/{referralId}/accept',
        '/organisations/{orgId}/tasks/{referralId}/decline',
      ]),
    );
  });

  it('serves its closed vocabularies and published facts to support case workers', async () => {
    const bearer = token(['support-case-worker'], { organisationId: 'be-payoke' });
    await http()
      .get('/reference/vocabularies')
      .auth(bearer, { type: 'bearer' })
      .expect(200, {
        context: 'support',
        vocabularies: {
          specialisms: [...Specialisms],
          specialismForCrime: SpecialismForCrime,
          referralDeclineReasons: [...ReferralDeclineReasons],
          referralWithdrawalReasons: [...ReferralWithdrawalReasons],
        },
      });
    const { body } = await http().get('/reference/events').auth(bearer, { type: 'bearer' }).expect(200);
    expect(body).toMatchObject({ context: 'support', topic: 'harbour.support.v1', taskQueue: 'support' });
    expect(body.events.map((event: { type: string }) => event.type)).toEqual(
      EventRegistry.filter((definition) => definition.source === '/harbour/support').map((definition) => definition.type),
    );
  });

  it('refuses a missing, an expired or a wrong-role token', async () => {
    await http().get('/reference/vocabularies').expect(401);
    const expired = token(['support-case-worker'], { organisationId: 'be-payoke', issuedAt: new Date(Date.now() - 2 * 3600_000) });
    const late = await http().get('/reference/vocabularies').auth(expired, { type: 'bearer' }).expect(401);
    expect(late.body.message).toMatch(/^token expired at /);
    await http().get('/reference/vocabularies').auth(token(['first-responder']), { type: 'bearer' }).expect(403);
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
