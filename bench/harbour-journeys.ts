import { AddressInfo } from 'node:net';
import { Type } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Kafka } from 'kafkajs';
import { Connection } from 'mongoose';
import { JourneyFactTopics, journeyStateQuery, journeyWorkflowId } from '@harbour/contracts';
import { referralHandoffWorkflowId } from '@harbour/journeys';
import { createKafka, KafkaEventPublisher } from '@harbour/messaging';
import { issueDevelopmentToken } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { Client } from '@temporalio/client';
import { connectTemporalClient, runJourneyWorker } from '@harbour/temporal';
import { ReportingModule } from '../services/reporting/src/app.module';
import { SupportModule } from '../services/support/src/app.module';
import { createJourneyActivities } from '../workflows/runtime/src/journey-activities';
import { JourneyRouter } from '../workflows/runtime/src/journey-router';
import { benchName, closedLoop, megabytesOf, pollUntil, serverStateFile, since, StageFigures, Teardown, terminateAll } from './measure';
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

/** A consumer group of the bench's own that starts at the end of every fact topic: facts of earlier runs stay where they are. */
async function groupFromTheEnd(kafka: Kafka, groupId: string): Promise<string> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = JourneyFactTopics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) await admin.createTopics({ topics: missing.map((topic) => ({ topic, numPartitions: 3 })), waitForLeaders: true });
    // The high-water marks themselves: kafkajs's "latest" (-1) reads as no offset, and the router starts new groups at the beginning.
    for (const topic of JourneyFactTopics) {
      const partitions = (await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => ({ partition, offset: high }));
      await admin.setOffsets({ groupId, topic, partitions });
    }
    return groupId;
  } finally {
    await admin.disconnect();
  }
}

/** All of Harbour, assembled in this process as the end-to-end test does. */
export interface HarbourAssembly {
  client: Client;
  /** The journey worker's publisher: Harbour's idempotent producer (acks -1). */
  publisher: KafkaEventPublisher;
  /** Every journey the bench opened, oldest first. */
  journeys: string[];
  /** The services' database connections, by service. */
  databases: Record<'reporting' | 'support', Connection>;
  /** POSTs a police report over HTTP; resolves, with its latency, when the journey shows the referral offered. */
  journey(): Promise<number>;
}

/**
 * Reporting and support (each on a database of the bench's own), the journey worker and the
 * journey router: report → outbox → Kafka → router → VictimJourney → ReferralHandoff → support activity.
 */
export async function startHarbour(settings: BenchSettings, teardown: Teardown): Promise<HarbourAssembly> {
  process.env.HARBOUR_SEED_DEMO_DIRECTORY = 'true';
  delete process.env.SUPPORT_TASK_QUEUE;
  const support = await startService(teardown, 'support', SupportModule);
  const reporting = await startService(teardown, 'reporting', ReportingModule);
  const databases = { reporting: reporting.get<Connection>(getConnectionToken()), support: support.get<Connection>(getConnectionToken()) };
  await reporting.listen(0, '127.0.0.1');
  const reportsUrl = `http://127.0.0.1:${(reporting.getHttpServer().address() as AddressInfo).port}/reports`;

  const client = await connectTemporalClient();
  teardown.add('close the Temporal client', () => client.connection.close());
  const journeys: string[] = [];
  // A hand-off outlives its journey (it is abandoned, not terminated, with it): both are ended.
  teardown.add('terminate the bench journeys', () =>
    terminateAll(client, journeys.flatMap((journeyId) => [journeyWorkflowId(journeyId), referralHandoffWorkflowId(journeyId)])),
  );

  const publisher = new KafkaEventPublisher(createKafka({ clientId: 'harbour-journey-worker-bench' }));
  await publisher.connect();
  teardown.add('disconnect the journey publisher', () => publisher.disconnect());
  // A journeys task queue of the bench's own: journeys other runs left open never reach its worker.
  const taskQueue = benchName('harbour-bench-journeys');
  const worker = await runJourneyWorker({ activities: createJourneyActivities({ publisher }), taskQueue });
  teardown.add('stop the journey worker', () => worker.shutdown());
  const routerKafka = createKafka({ clientId: 'harbour-journey-router-bench' });
  const groupId = await groupFromTheEnd(routerKafka, taskQueue);
  teardown.add('delete the router group', async () => {
    const admin = routerKafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).finally(() => admin.disconnect());
  });
  const router = await new JourneyRouter(client, taskQueue).start(routerKafka, { groupId });
  teardown.add('stop the journey router', () => router.stop());

  const police = issueDevelopmentToken({ subject: 'bench-officer', roles: ['first-responder'], organisationId: 'be-police-antwerp' });
  const journey = async () => {
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
    const handle = client.workflow.getHandle(journeyWorkflowId(journeyId));
    await pollUntil(async () => (await handle.query(journeyStateQuery)).referrals.length > 0, {
      description: `journey ${journeyId} to offer a referral`,
      intervalMs: settings.pollMs,
      timeoutMs: settings.itemTimeoutMs,
    });
    return since(started);
  };
  return { client, publisher, journeys, databases, journey };
}

/** Report → referral offered, `journeys` of them after the warm-up. */
export async function harbourJourneys(harbour: HarbourAssembly, settings: BenchSettings): Promise<StageFigures> {
  await closedLoop(settings.warmup, settings.inFlight, harbour.journey);
  return closedLoop(settings.journeys, settings.inFlight, harbour.journey);
}

/**
 * The same measurement once `stored` journeys exist (each through the whole path, twice as many
 * under way at once), or as many as fit before `fillUntil` (a `Date.now()` time).
 */
export async function harbourJourneysAfterLoad(
  harbour: HarbourAssembly,
  settings: BenchSettings,
  fillUntil: number,
): Promise<StageFigures & { stored: number; fillFailures: number; per1000Journeys: Record<string, number> }> {
  let fillFailures = 0;
  const before = { journeys: harbour.journeys.length, ...footprint() };
  // Filling is not measured: a journey that fails to reach its offer is counted, not fatal.
  const fill = async () => {
    while (harbour.journeys.length < settings.stored && Date.now() < fillUntil) await harbour.journey().catch(() => (fillFailures += 1));
  };
  await Promise.all(Array.from({ length: settings.inFlight * 2 }, fill));
  const stored = harbour.journeys.length;
  const after = footprint();
  const per1000 = (key: keyof typeof after) => Number((((after[key] - before[key]) * 1000) / Math.max(stored - before.journeys, 1)).toFixed(1));
  const per1000Journeys = { harbourProcessRssMb: per1000('rssMb'), databaseFileMb: per1000('databaseMb'), temporalDatabaseMb: per1000('temporalMb') };
  return { ...(await closedLoop(settings.journeys, settings.inFlight, harbour.journey)), stored, fillFailures, per1000Journeys };
}

/** Memory of this process (services, journey worker and router) and the servers' files, in MB. */
function footprint() {
  return {
    rssMb: process.memoryUsage().rss / 1_048_576,
    databaseMb: megabytesOf([serverStateFile('mongo', 'h2', 'harbour.mv')]),
    temporalMb: megabytesOf(['', '-wal', '-shm'].map((suffix) => serverStateFile('temporal', `temporal.sqlite${suffix}`))),
  };
}

/** How many timers a journey and its hand-off started by the time the referral was offered, from their histories. */
export async function timersOfJourney(harbour: HarbourAssembly, journeyId: string): Promise<{ journeyTimers: number; handoffTimers: number }> {
  const timersIn = async (workflowId: string) =>
    ((await harbour.client.workflow.getHandle(workflowId).fetchHistory()).events ?? []).filter((event) => event.timerStartedEventAttributes).length;
  return { journeyTimers: await timersIn(journeyWorkflowId(journeyId)), handoffTimers: await timersIn(referralHandoffWorkflowId(journeyId)) };
}
