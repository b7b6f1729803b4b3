import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTelemetry, StopTelemetry } from '@harbour/telemetry';
import { waitFor } from '@harbour/testing';
import { reportReceived } from './support/journey-facts';
import { JourneyTestbed } from './support/journey-testbed';

// One trace per journey step: the router's signal, the workflow's own spans and the activity it
// schedules all carry the trace of the fact that started them.
describe('journey tracing', () => {
  const exporter = new InMemorySpanExporter();
  let stopTelemetry: StopTelemetry;
  let testbed: JourneyTestbed;

  beforeAll(async () => {
    stopTelemetry = startTelemetry('harbour-journey-tracing-test', { exporter });
    testbed = await JourneyTestbed.start({ workflowSpanProcessor: new SimpleSpanProcessor(exporter) });
    testbed.support.organisations = ['be-payoke'];
  });
  afterAll(async () => {
    await testbed?.teardown();
    await stopTelemetry?.();
  });

  it('continues the trace of a routed fact through the workflow into its activities', async () => {
    const journeyId = testbed.newJourneyId();
    const receivedAt = new Date(await testbed.now()).toISOString();
    const span = trace.getTracer('test').startSpan('fact consumed');
    await context.with(trace.setSpan(context.active(), span), () => testbed.send(reportReceived(journeyId, { receivedAt })));
    span.end();
    const { traceId } = span.spanContext();

    await new Promise((r) => setTimeout(r, 3000));
    console.log(traceId, exporter.getFinishedSpans().map((s) => [s.name, s.spanContext().traceId, (s as any).parentSpanContext?.spanId]));
    const spans = await waitFor(() => {
      const inTrace = exporter.getFinishedSpans().filter((finished) => finished.spanContext().traceId === traceId);
      const names = inTrace.map((finished) => finished.name);
      return names.some((name) => name.startsWith('RunActivity:offerReferral')) && names.some((name) => name.startsWith('RunWorkflow:VictimJourney')) && inTrace;
    }, { description: 'workflow and activity spans in the trace of the fact' });

    const workflowSpan = spans.find((finished) => finished.name.startsWith('RunWorkflow:VictimJourney'));
    expect(workflowSpan?.parentSpanContext?.traceId).toBe(traceId);
    expect(workflowSpan?.instrumentationScope.name).toBeTruthy();
  });
});
