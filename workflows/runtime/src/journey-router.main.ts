import { startTelemetry } from '@harbour/telemetry';
import { createKafka } from '@harbour/messaging';
import { connectTemporalClient } from '@harbour/temporal';
import { JourneyRouter } from './journey-router';
import { shutdownOnSignals } from './shutdown-on-signals';

// The journey router: Kafka facts → signal-with-start on each victim's journey workflow.
async function main(): Promise<void> {
  const stopTelemetry = startTelemetry('harbour-journey-router');
  const client = await connectTemporalClient();
  const consumer = await new JourneyRouter(client).start(createKafka({ clientId: 'harbour-journey-router' }));
  console.log('harbour-journey-router: routing journey facts');
  shutdownOnSignals('harbour-journey-router', async () => {
    await consumer.stop();
    await client.connection.close();
    await stopTelemetry();
  });
}

main().catch((error: unknown) => {
  console.error('harbour-journey-router failed', error);
  process.exit(1);
});
