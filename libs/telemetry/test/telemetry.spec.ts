import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-base';
import express from 'express';
import request from 'supertest';
import { currentTraceparent, startTelemetry, StopTelemetry, traceHttpRequests } from '../src';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

/** Everything a span would carry to a collector. */
const exported = (span: ReadableSpan) =>
  JSON.stringify({ name: span.name, attributes: span.attributes, events: span.events, links: span.links, status: span.status });

describe('telemetry', () => {
  const exporter = new InMemorySpanExporter();
  let stop: StopTelemetry;

  beforeAll(() => {
    stop = startTelemetry('telemetry-test', { exporter });
  });
  afterAll(() => stop());
  beforeEach(() => exporter.reset());

  it('has no traceparent outside a trace', () => {
    expect(currentTraceparent()).toBeUndefined();
  });

  it('gives the traceparent of the active span', () => {
    const span = trace.getTracer('test').startSpan('step');
    const traceparent = context.with(trace.setSpan(context.active(), span), currentTraceparent);
    span.end();
    expect(traceparent).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
  });

  describe(traceHttpRequests.name, () => {
    const app = express();
    app.use(traceHttpRequests());
    app.get('/receipts/:code', (_request, response) => {
      response.json({ traceparent: currentTraceparent() });
    });

    it("continues an authenticated caller's trace and names the span after the route template only", async () => {
      const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
      const response = await request(app)
        .get('/receipts/RCPT-7Q2M-XK9D?name=Maria%20Popescu')
        .set('Authorization', 'Bearer a-token')
        .set('traceparent', `00-${callerTrace}-00f067aa0ba902b7-01`)
        .set('x-victim-name', 'Maria Popescu')
        .expect(200);
      expect(response.body.traceparent).toMatch(TRACEPARENT);
      expect(TRACEPARENT.exec(response.body.traceparent)?.[1]).toBe(callerTrace);

      const [span] = exporter.getFinishedSpans();
      expect(span.name).toBe('GET /receipts/:code');
      expect(span.spanContext().traceId).toBe(callerTrace);
      expect(span.attributes).toEqual({
        'http.request.method': 'GET',
        'http.route': '/receipts/:code',
        'http.response.status_code': 200,
      });
      expect(exported(span)).not.toMatch(/RCPT|Maria|Popescu/);
    });

    it("ignores the traceparent of a caller without a token: an anonymous caller starts a trace of its own", async () => {
      const chosenTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
      const response = await request(app).get('/receipts/RCPT-7Q2M-XK9D').set('traceparent', `00-${chosenTrace}-00f067aa0ba902b7-01`).expect(200);
      expect(TRACEPARENT.exec(response.body.traceparent)?.[1]).not.toBe(chosenTrace);
      const [span] = exporter.getFinishedSpans();
      expect(span.spanContext().traceId).not.toBe(chosenTrace);
      expect(span.parentSpanContext).toBeUndefined();
    });

    it('records an unmatched request without its path', async () => {
      await request(app).get('/people/maria-popescu').expect(404);
      const [span] = exporter.getFinishedSpans();
      expect(span.name).toBe('GET');
      expect(exported(span)).not.toMatch(/maria/i);
    });
  });
});
