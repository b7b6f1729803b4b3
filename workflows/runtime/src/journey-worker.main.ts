import { otlpSpanProcessor, startTelemetry } from '@harbour/telemetry';
import { createKafka, KafkaEventPublisher } from '@harbour/messaging';
import { journeyWorkerTuning, runJourneyWorker } from '@harbour/temporal';
import { createJourneyActivities } from './journey-activities';
import { shutdownOnSignals } from './shutdown-on-signals';

// The journey worker: every journey workflow and the journey activities, on task queue `journeys`.

async function main(): Promise<void> {
  // A wrong setting stops the worker here, before it connects to anything.
  const tuning = journeyWorkerTuning();
  const stopTelemetry = startTelemetry('harbour-journey-worker');
  const publisher = new KafkaEventPublisher(createKafka({ clientId: 'harbour-journey-worker' }));
  await publisher.connect();
  const worker = await runJourneyWorker({
    activities: createJourneyActivities({ publisher }),
    tuning,
    // Workflow spans go where the process's other spans go.
    workflowSpanProcessor: otlpSpanProcessor(),
  });
  console.log(`harbour-journey-worker: polling task queue ${worker.taskQueue}, keeping at most ${tuning.maxCachedWorkflows} journeys in memory`);
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
