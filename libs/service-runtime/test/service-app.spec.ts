import { Body, Controller, Injectable, LoggerService, Module, Post } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { IsIn, IsISO31661Alpha2 } from 'class-validator';
import { request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { ReportChannel, ReportChannels } from '@harbour/contracts';
import { issueDevelopmentToken, jwtSettingsFromEnv, Roles, SecurityModule } from '@harbour/security';
import { createServiceApp, HealthModule, ReadinessCheck } from '../src';

const responder = issueDevelopmentToken({ subject: 'officer-17', roles: ['first-responder'] });
const PERSONAL = 'Maria Popescu';

class DraftReport {
  @IsISO31661Alpha2()
  country: string;

  @IsIn(ReportChannels)
  channel: ReportChannel;
}

@Controller('drafts')
class DraftsController {
  @Roles('first-responder')
  @Post()
  create(@Body() draft: DraftReport): DraftReport {
    return draft;
  }
}

@Injectable()
class SwitchableCheck implements ReadinessCheck {
  static up = true;
  readonly name = 'switch';
  check(): void {
    if (!SwitchableCheck.up) throw new Error('switched off');
  }
}

@Module({
  imports: [SecurityModule.forRoot(), HealthModule.withChecks([SwitchableCheck])],
  controllers: [DraftsController],
})
class DraftingModule {}

/** Keeps what the application logs, to prove no request body reaches the log. */
class RecordingLogger implements LoggerService {
  readonly lines: string[] = [];
  log = (...parts: unknown[]) => this.record(parts);
  error = (...parts: unknown[]) => this.record(parts);
  warn = (...parts: unknown[]) => this.record(parts);
  debug = (...parts: unknown[]) => this.record(parts);
  verbose = (...parts: unknown[]) => this.record(parts);
  private record(parts: unknown[]): void {
    this.lines.push(parts.map((part) => (part instanceof Error ? `${part.message} ${part.stack}` : String(part))).join(' '));
  }
}

describe(createServiceApp.name, () => {
  let app: NestExpressApplication;
  const logger = new RecordingLogger();
  const post = () => request(app.getHttpServer()).post('/drafts').auth(responder, { type: 'bearer' }).set('Content-Type', 'application/json');

  beforeAll(async () => {
    app = await createServiceApp(DraftingModule, { name: 'drafting', logger });
  });
  afterAll(() => app.close());

  it('accepts a valid body', async () => {
    await post().send({ country: 'BE', channel: 'police' }).expect(201, { country: 'BE', channel: 'police' });
  });

  it('says exactly which field is wrong and why', async () => {
    const response = await post().send({ country: 'Belgium', channel: 'police' }).expect(400);
    expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: ['country must be a valid ISO31661 Alpha2 code'] });
  });

  it('refuses fields the DTO does not declare', async () => {
    const response = await post().send({ country: 'BE', channel: 'police', victimName: PERSONAL }).expect(400);
    expect(response.body.message).toEqual(['property victimName should not exist']);
  });

  it('answers malformed JSON with 400 without echoing the body', async () => {
    const response = await post().send(`{"country": "BE", "note": ${PERSONAL}}`).expect(400);
    expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: "request body is not valid JSON: unexpected token 'M'" });
    const cut = await post().send('{"country": "BE",').expect(400);
    expect(cut.body.message).toBe('request body is not valid JSON: expected double-quoted property name at position 17');
  });

  it('answers a 2 MB body with 413 and the limit', async () => {
    const body = JSON.stringify({ country: 'BE', channel: 'police', padding: 'x'.repeat(2 * 1024 * 1024) });
    const response = await post().send(body).expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: `request body is ${Buffer.byteLength(body)} bytes; the limit is 65536 bytes (64 kB)`,
    });
  });

  it('answers an oversized chunked body (no Content-Length) with 413 too', async () => {
    const server = app.getHttpServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const outgoing = httpRequest(
          { host: '127.0.0.1', port, method: 'POST', path: '/drafts', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${responder}` } },
          (response) => resolve(response.statusCode),
        );
        outgoing.on('error', reject);
        for (let chunk = 0; chunk < 32; chunk++) outgoing.write('x'.repeat(64 * 1024));
        outgoing.end();
      });
      expect(status).toBe(413);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('answers unknown routes with 404', async () => {
    await request(app.getHttpServer()).get('/nowhere').expect(404);
  });

  it('still checks the token before the body', async () => {
    await request(app.getHttpServer()).post('/drafts').send({ country: 'BE', channel: 'police' }).expect(401);
  });

  it('serves a public OpenAPI document naming the service and declaring bearer auth, and a docs page', async () => {
    const { body } = await request(app.getHttpServer()).get('/openapi.json').expect(200);
    expect(body.info.title).toBe('Harbour drafting service');
    expect(body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(body.security).toEqual([{ bearer: [] }]);
    expect(body.paths['/health'].get.security).toEqual([]);
    expect(body.paths['/drafts'].post).toBeDefined();
    await request(app.getHttpServer()).get('/docs').expect(200).expect('Content-Type', /html/);
  });

  it('reports health publicly, and 503 naming the check that fails', async () => {
    await request(app.getHttpServer()).get('/health').expect(200, { status: 'ok', service: 'drafting', checks: { switch: { status: 'up' } } });
    SwitchableCheck.up = false;
    try {
      await request(app.getHttpServer())
        .get('/health')
        .expect(503, { status: 'unavailable', service: 'drafting', checks: { switch: { status: 'down', reason: 'switched off' } } });
    } finally {
      SwitchableCheck.up = true;
    }
  });

  it('has logged no request body', () => {
    expect(logger.lines.join('\n')).not.toContain(PERSONAL);
    expect(logger.lines.join('\n')).not.toContain('xxxxxxxx');
  });

  it('refuses to build a service whose module lacks the security module', async () => {
    @Module({ controllers: [DraftsController] })
    class UnguardedModule {}
    await expect(createServiceApp(UnguardedModule, { name: 'unguarded', logger: false })).rejects.toThrow(
      'the unguarded module must import SecurityModule.forRoot(): every route needs a token',
    );
  });
});

@Module({ imports: [SecurityModule.forRoot(jwtSettingsFromEnv())], controllers: [DraftsController] })
class SettledDraftingModule {}

describe('the docs page', () => {
  /** The status of /docs and of /openapi.json for a service built under these variables. */
  async function served(env: Record<string, string>): Promise<[number, number]> {
    const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
    Object.assign(process.env, env);
    try {
      const app = await createServiceApp(SettledDraftingModule, { name: 'drafting', logger: false });
      try {
        return [(await request(app.getHttpServer()).get('/docs')).status, (await request(app.getHttpServer()).get('/openapi.json')).status];
      } finally {
        await app.close();
      }
    } finally {
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  }

  it('is served outside production, off in production unless configured on; the OpenAPI document stays', async () => {
    expect(await served({ NODE_ENV: 'development' })).toEqual([200, 200]);
    expect(await served({ NODE_ENV: 'production' })).toEqual([404, 200]);
    expect(await served({ NODE_ENV: 'production', HARBOUR_API_DOCS: 'on' })).toEqual([200, 200]);
    expect(await served({ NODE_ENV: 'development', HARBOUR_API_DOCS: 'off' })).toEqual([404, 200]);
  });

  it('stops the boot on a wrong value', async () => {
    await expect(served({ HARBOUR_API_DOCS: 'yes' })).rejects.toThrow('HARBOUR_API_DOCS must be "on" or "off"');
    await expect(served({ HARBOUR_TRUSTED_PROXIES: '10.0.0.1, proxy.internal' })).rejects.toThrow(
      'HARBOUR_TRUSTED_PROXIES must be a comma-separated list of IP addresses or subnets such as 10.0.0.0/8',
    );
  });
});
