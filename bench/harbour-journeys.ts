import { AddressInfo } from 'node:net';
import { Type } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import { journeyStateQuery, journeyWorkflowId } from '@harbour/contracts';
import { referralHandoffWorkflowId } from '@harbour/journeys';
import { createKafka, KafkaEventPublisher } from '@harbour/messaging';
import { issueDevelopmentToken } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { connectTemporalClient, runJourneyWorker } from '@harbour/temporal';
import { ReportingModule } from '../services/reporting/src/app.module';
import { SupportModule } from '../services/support/src/app.module';
import { createJourneyActivities } from '../workflows/runtime/src/journey-activities';
import { JourneyRouter } from '../workflows/runtime/src/journey-router';
import { benchName, closedLoop, pollUntil, since, StageFigures, Teardown } from './measure';
import { BenchSettings } from './settings';

/** Builds a service on a database of the bench's own, and drops that database on teardown. */
async function startService(teardown: Teardown, name: string, module: Type): Promise<NestExpressApplication> {
  process.env.MONGO_DB = benchName(`harbour-${name}-bench`);
  const app = await createServiceApp(module, { name, logger: false });
  teardown.add(`stop ${name} and drop its database`, async () => {
    await app.get<Connection>(getConnectionToken()).dropDatabase();
    await app.close();
  });
  return app;
}

/**
 * All of Harbour, assembled in this process as the end-to-end test does: each item POSTs a
 * police report over HTTP and ends when the journey's state query shows the referral offered
 * (report → outbox → Kafka → router → VictimJourney → ReferralHandoff → support activity).
 */
export async function harbourJourneys(settings: BenchSettings, teardown: Teardown): Promise<StageFigures> {
  process.env.HARBOUR_SEED_DEMO_DIRECTORY = 'true';
  delete process.env.SUPPORT_TASK_QUEUE;
  await startService(teardown, 'support', SupportModule);
  const reporting = await startService(teardown, 'reporting', ReportingModule);
  await reporting.listen(0, '127.0.0.1');
  const reportsUrl = `http://127.0.0.1:${(reporting.getHttpServer().address() as AddressInfo).port}/reports`;

  const client = await connectTemporalClient();
  teardown.add('close the Temporal client', () => client.connection.close());
  const journeys: string[] = [];
  // A hand-off outlives its journey (it is abandoned, not terminated, with it): both are ended.
  const terminate = (workflowId: string) => client.workflow.getHandle(workflowId).terminate('benchmark finished').catch(() => undefined);
  teardown.add('terminate the bench journeys', () =>
    Promise.all(journeys.flatMap((journeyId) => [terminate(journeyWorkflowId(journeyId)), terminate(referralHandoffWorkflowId(journeyId))])),
  );

  const publisher = new KafkaEventPublisher(createKafka({ clientId: 'harbour-journey-worker-bench' }));
  await publisher.connect();
  teardown.add('disconnect the journey publisher', () => publisher.disconnect());
  const worker = await runJourneyWorker({ activities: createJourneyActivities({ publisher }) });
  teardown.add('stop the journey worker', () => worker.shutdown());
  const router = await new JourneyRouter(client).start(createKafka({ clientId: 'harbour-journey-router-bench' }));
  teardown.add('stop the journey router', () => router.stop());

  const police = issueDevelopmentToken({ subject: 'bench-officer', roles: ['first-responder'], organisationId: 'be-police-antwerp' });
  const item = async () => {
    const started = performance.now();
    const response = await fetch(reportsUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${police}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'police',
        country: 'BE',
        crimeType: 'trafficking-labour-exploitation',
        language: 'ro',
        formalComplaint: true,
        victimReference: benchName('BE-POL-BENCH/V'),
      }),
    });
    if (response.status !== 201) throw new Error(`POST /reports answered ${response.status}: ${await response.text()}`);
    const { journeyId } = (await response.json()) as { journeyId: string };
    journeys.push(journeyId);
    const journey = client.workflow.getHandle(journeyWorkflowId(journeyId));
    await pollUntil(async () => (await journey.query(journeyStateQuery)).referrals.length > 0, {
      description: `journey ${journeyId} to offer a referral`,
      intervalMs: settings.pollMs,
      timeoutMs: settings.itemTimeoutMs,
    });
    return since(started);
  };
  await closedLoop(settings.warmup, settings.inFlight, item);
  return closedLoop(settings.journeys, settings.inFlight, item);
}
