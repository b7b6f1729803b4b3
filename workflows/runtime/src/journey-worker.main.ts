import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTelemetry } from '@harbour/telemetry';
import { createKafka, KafkaEventPublisher } from '@harbour/messaging';
import { runJourneyWorker } from '@harbour/temporal';
import { createJourneyActivities } from './journey-activities';
import { shutdownOnSignals } from './shutdown-on-signals';

// The journey worker: every journey workflow and the journey activities, on task queue `journeys`.

/** Workflow spans go where the process's other spans go: to OTLP when an endpoint is set. */
function workflowSpanExport(): SpanProcessor | undefined {
  const { OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT } = process.env;
  return OTEL_EXPORTER_OTLP_ENDPOINT || OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? new BatchSpanProcessor(new OTLPTraceExporter()) : undefined;
}

async function main(): Promise<void> {
  const stopTelemetry = startTelemetry('harbour-journey-worker');
  const publisher = new KafkaEventPublisher(createKafka({ clientId: 'harbour-journey-worker' }));
  await publisher.connect();
  const worker = await runJourneyWorker({
    activities: createJourneyActivities({ publisher }),
    workflowSpanProcessor: workflowSpanExport(),
  });
  console.log(`harbour-journey-worker: polling task queue ${worker.taskQueue}`);
  shutdownOnSignals('harbour-journey-worker', async () => {
    await worker.shutdown();
    await publisher.disconnect();
    await stopTelemetry();
  });
  await worker.stopped;
}

main().catch((error: unknown) => {
  console.error('harbour-journey-worker failed', error);
  process.exit(1);
});
