import { Controller, Get, Module, Param } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import request from 'supertest';
import { issueDevelopmentToken, SecurityModule } from '@harbour/security';
import { createServiceApp } from '../src';
import { currentTraceparent, startTelemetry, StopTelemetry } from '@harbour/telemetry';


@Controller('receipts')
class ReceiptsController {
  @Get(':code')
  follow(@Param('code') _code: string): { traceparent?: string } {
    return { traceparent: currentTraceparent() };
  }
}

@Module({ imports: [SecurityModule.forRoot()], controllers: [ReceiptsController] })
class ReceiptsModule {}

describe('request tracing in a service', () => {
  const exporter = new InMemorySpanExporter();
  let stop: StopTelemetry;
  let app: NestExpressApplication;

  beforeAll(async () => {
    stop = startTelemetry('receipts', { exporter });
    app = await createServiceApp(ReceiptsModule, { name: 'receipts', logger: false, onShutdown: stop });
  });
  afterAll(() => app.close());

  it('opens one server span per request, named by route template, active inside the handler', async () => {
    const token = issueDevelopmentToken({ subject: 'officer-17', roles: ['first-responder'] });
    const { body } = await request(app.getHttpServer()).get('/receipts/RCPT-7Q2M-XK9D').auth(token, { type: 'bearer' }).expect(200);
    const [span] = exporter.getFinishedSpans();
    expect(span.name).toBe('GET /receipts/:code');
    expect(body.traceparent).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
    expect(JSON.stringify(span.attributes)).not.toContain('RCPT');
  });
});
