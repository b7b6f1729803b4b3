import { Controller, Get, INestApplication, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  AccessGuard,
  assertSameOrganisation,
  CurrentPrincipal,
  issueDevelopmentToken,
  developmentSignerFromEnv,
  jwtSettingsFromEnv,
  Principal,
  Public,
  Roles,
  SecurityModule,
} from '../src';

const env = { HARBOUR_JWT_DEV_KEY_DIR: mkdtempSync(join(tmpdir(), 'harbour-guard-')) };
const settings = jwtSettingsFromEnv(env);
const signer = developmentSignerFromEnv(env);

@Controller()
class CaseworkController {
  @Public()
  @Get('public')
  open(): { open: true } {
    return { open: true };
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @Roles('support-case-worker')
  @Get('organisations/:organisationId/tasks')
  tasks(@CurrentPrincipal() principal: Principal, @Param('organisationId') organisationId: string): { organisationId: string } {
    assertSameOrganisation(principal, organisationId);
    return { organisationId };
  }
}

@Module({ imports: [SecurityModule.forRoot(settings)], controllers: [CaseworkController] })
class CaseworkModule {}

describe(AccessGuard.name, () => {
  let app: INestApplication;
  const caseWorker = issueDevelopmentToken({ subject: 'alice', roles: ['support-case-worker'], organisationId: 'be-payoke' }, signer);
  const analyst = issueDevelopmentToken({ subject: 'olga', roles: ['operations-analyst'] }, signer);

  beforeAll(async () => {
    app = await NestFactory.create(CaseworkModule, { logger: false });
    await app.init();
  });
  afterAll(() => app.close());

  it('lets anyone reach a @Public() route', async () => {
    await request(app.getHttpServer()).get('/public').expect(200, { open: true });
  });

  it('answers 401 with the reason and a Bearer challenge when the token is missing', async () => {
    const response = await request(app.getHttpServer()).get('/me').expect(401);
    expect(response.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'missing bearer token: send Authorization: Bearer <token>',
    });
    expect(response.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
  });

  it('answers 401 for another authentication scheme and for an expired token', async () => {
    const basic = await request(app.getHttpServer()).get('/me').set('Authorization', 'Basic YWxpY2U6c2VjcmV0').expect(401);
    expect(basic.body.message).toBe('Authorization header must use the Bearer scheme');
    const expired = issueDevelopmentToken({ subject: 'alice', roles: ['auditor'], issuedAt: new Date('2026-01-01T00:00:00Z') }, signer);
    const late = await request(app.getHttpServer()).get('/me').auth(expired, { type: 'bearer' }).expect(401);
    expect(late.body.message).toBe('token expired at 2026-01-01T01:00:00.000Z');
  });

  it('hands the verified principal to the route', async () => {
    await request(app.getHttpServer())
      .get('/me')
      .auth(caseWorker, { type: 'bearer' })
      .expect(200, { subject: 'alice', roles: ['support-case-worker'], organisationId: 'be-payoke' });
  });

  it('lets no cache keep what an authenticated caller reads, and leaves public routes cacheable', async () => {
    const personal = await request(app.getHttpServer()).get('/me').auth(caseWorker, { type: 'bearer' }).expect(200);
    expect(personal.headers['cache-control']).toBe('no-store');
    const open = await request(app.getHttpServer()).get('/public').expect(200);
    expect(open.headers['cache-control']).toBeUndefined();
  });

  it('answers 403 naming the roles a route needs', async () => {
    const response = await request(app.getHttpServer()).get('/organisations/be-payoke/tasks').auth(analyst, { type: 'bearer' }).expect(403);
    expect(response.body.message).toBe('this action needs one of the roles: support-case-worker');
  });

  it("shows a support organisation only its own tasks", async () => {
    await request(app.getHttpServer()).get('/organisations/be-payoke/tasks').auth(caseWorker, { type: 'bearer' }).expect(200);
    const other = await request(app.getHttpServer()).get('/organisations/nl-comensha/tasks').auth(caseWorker, { type: 'bearer' }).expect(403);
    expect(other.body.message).toBe('this resource belongs to another organisation');
  });
});
