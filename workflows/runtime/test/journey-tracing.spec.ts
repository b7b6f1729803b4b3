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

    const spans = await waitFor(() => {
      const inTrace = exporter.getFinishedSpans().filter((finished) => finished.spanContext().traceId === traceId);
      const names = inTrace.map((finished) => finished.name);
      return names.includes('HandleSignal:journeyFact') && names.includes('RunActivity:offerReferral') && inTrace;
    }, { description: 'workflow and activity spans in the trace of the fact' });

    // Workflow spans leave the sandbox through the sink with their parent and scope intact.
    const signalSpan = spans.find((finished) => finished.name === 'HandleSignal:journeyFact');
    const signalWithStart = spans.find((finished) => finished.name === 'SignalWithStartWorkflow:VictimJourney');
    expect(signalSpan?.parentSpanContext?.traceId).toBe(traceId);
    expect(signalSpan?.instrumentationScope.name).toBeTruthy();
    expect(signalWithStart?.parentSpanContext?.spanId).toBe(span.spanContext().spanId);
  });
});
