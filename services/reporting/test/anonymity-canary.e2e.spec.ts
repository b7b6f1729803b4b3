import { LoggerService } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import { AnonymousReportReceivedEvent, ReportLinkedToJourneyEvent } from '@harbour/contracts';
import { startTelemetry, StopTelemetry } from '@harbour/telemetry';
import { uniqueName } from '@harbour/testing';
import { database, reportingRecords, startReportingService, stopReportingService } from './support/reporting-testbed';

/** Every line the service logs through Nest, with every level switched on. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  log = (...parts: unknown[]) => this.capture(parts);
  error = (...parts: unknown[]) => this.capture(parts);
  warn = (...parts: unknown[]) => this.capture(parts);
  debug = (...parts: unknown[]) => this.capture(parts);
  verbose = (...parts: unknown[]) => this.capture(parts);
  fatal = (...parts: unknown[]) => this.capture(parts);
  private capture(parts: unknown[]): void {
    this.lines.push(parts.map((part) => (part instanceof Error ? `${part.message} ${part.stack}` : typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
  }
}

/** The sender's own address: a loopback address no other part of the test uses. */
const SENDER_ADDRESS = '127.0.0.77';

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

describe('reporting: an anonymous report cannot be traced back to its sender', () => {
  const canary = uniqueName('canary-7f3a');
  const forgedAddress = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
  const userAgent = `Mozilla/5.0 (X11; Linux x86_64) ${canary}-agent`;
  const spans = new InMemorySpanExporter();
  const logger = new CapturingLogger();
  const consoleLines: string[] = [];
  let stopTelemetry: StopTelemetry;
  let app: NestExpressApplication;
  let port: number;

  /** A request from the sender's address, with a forged X-Forwarded-For and a fingerprintable User-Agent. */
  function fromSender(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const call = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          localAddress: SENDER_ADDRESS,
          headers: {
            'User-Agent': userAgent,
            'X-Forwarded-For': forgedAddress,
            'X-Real-IP': forgedAddress,
            ...(payload ? { 'Content-Type': 'application/json' } : {}),
            ...headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') }));
        },
      );
      call.on('error', reject);
      call.end(payload);
    });
  }

  beforeAll(async () => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, method).mockImplementation((...parts: unknown[]) => void consoleLines.push(parts.map(String).join(' ')));
    }
    stopTelemetry = startTelemetry('reporting', { exporter: spans });
    app = await startReportingService({ logger });
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    await stopReportingService(app);
    await stopTelemetry();
    jest.restoreAllMocks();
  });

  it('keeps the planted canary, the client address and the forged one out of the database, the facts, the logs and the spans', async () => {
    const sent = await fromSender('POST', '/anonymous-reports', { country: 'BE', crimeType: 'trafficking-other', language: 'en', text: `they hold us at ${canary}` });
    expect(sent.status).toBe(201);
    const code = String(sent.body.receiptCode);
    expect((await fromSender('POST', '/anonymous-reports/follow-up/messages', { text: `and ${canary} again` }, { 'X-Receipt-Code': code })).status).toBe(201);
    expect((await fromSender('GET', '/anonymous-reports/follow-up', undefined, { 'X-Receipt-Code': code })).status).toBe(200);
    expect((await fromSender('POST', '/anonymous-reports', `{"text": "${canary}`)).status).toBe(400);
    expect((await fromSender('POST', '/anonymous-reports', { [canary]: 'x' })).status).toBe(400);
    const named = { country: 'BE', crimeType: 'trafficking-other', language: 'en', formalComplaint: false, fullName: `${canary}-name` };
    expect((await fromSender('POST', '/anonymous-reports/conversion', named, { 'X-Receipt-Code': code })).status).toBe(201);

    const reportId = String(sent.body.reportId);
    const caseId = (await database(app).collection('anonymous_reports').findOne({ _id: reportId as never }))!.caseId as string;
    const records = await reportingRecords([caseId], (read) =>
      [AnonymousReportReceivedEvent.type, ReportLinkedToJourneyEvent.type].every((type) => read.some((record) => record.headers.ce_type === type)),
    );

    const documents: unknown[] = [];
    for (const { name } of await database(app).db!.listCollections().toArray()) {
      documents.push(name, await database(app).collection(name).find({}).toArray());
    }
    const traces = spans.getFinishedSpans().map((span) => ({ name: span.name, attributes: span.attributes, events: span.events, links: span.links, resource: span.resource.attributes }));
    expect(traces.some((span) => span.name === 'POST /anonymous-reports')).toBe(true);
    expect(logger.lines.length).toBeGreaterThan(0);

    const places = {
      database: JSON.stringify(documents),
      facts: JSON.stringify(records),
      logs: JSON.stringify([...logger.lines, ...consoleLines]),
      traces: JSON.stringify(traces),
    };
    for (const [place, content] of Object.entries(places)) {
      for (const trace of [canary, code, code.replace(/-/g, ''), SENDER_ADDRESS, forgedAddress, 'Mozilla']) {
        expect({ place, trace, found: content.includes(trace) }).toEqual({ place, trace, found: false });
      }
    }
  });
});
