import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kafka } from 'kafkajs';
import { journeyWorkflowId, Topics } from '@harbour/contracts';
import { referralHandoffWorkflowId } from '@harbour/journeys';
import { createKafka } from '@harbour/messaging';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { HarbourAssembly, startHarbour } from './harbour-journeys';
import { messageOf, serverStateFile, Teardown } from './measure';
import { otherHarbourWorkers } from './other-harbour-workers';
import { benchSettings } from './settings';

/**
 * Where one journey's cost goes, from a police report to the offered referral: Temporal history
 * events and workflow tasks of the journey and its hand-off, database commands per service and
 * collection, Kafka records per topic, and CPU per process. PROFILE_JOURNEYS journeys run one
 * after another on the running servers; every figure is per journey.
 *
 *   npm run profile   (PROFILE_JOURNEYS, default 10)
 */

const RESULTS = path.resolve(__dirname, '../../bench/results');
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** The kind of a history event, e.g. "timerStarted", from its attributes' field name. */
function kindOf(event: HistoryEvent): string {
  const field = Object.keys(event).find((key) => key.endsWith('EventAttributes') && (event as Record<string, unknown>)[key]);
  return field ? field.replace(/EventAttributes$/, '') : 'unknown';
}

/** CPU seconds a server process this machine's deploy/local started has used, from /proc. */
function serverCpuSeconds(server: string): number | undefined {
  try {
    const pid = readFileSync(serverStateFile(server, `${server}.pid`), 'utf8').trim();
    // Fields 14 and 15 (utime, stime) after the command name, which may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

async function topicRecords(kafka: Kafka): Promise<Record<string, number>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const topics = Object.values(Topics).filter((topic) => existing.has(topic));
    const counts = await Promise.all(
      topics.map(async (topic) => [topic, (await admin.fetchTopicOffsets(topic)).reduce((sum, { high }) => sum + Number(high), 0)] as const),
    );
    return Object.fromEntries(counts);
  } finally {
    await admin.disconnect();
  }
}

/** Counts every command the services send their databases, by service, command and collection. */
function watchDatabases(harbour: HarbourAssembly): Map<string, number> {
  const commands = new Map<string, number>();
  for (const [service, connection] of Object.entries(harbour.databases)) {
    connection.getClient().on('commandStarted', (event) => {
      if (['hello', 'isMaster', 'ping', 'endSessions'].includes(event.commandName)) return;
      const collection = String((event.command as Record<string, unknown>)[event.commandName] ?? '');
      const key = `${service} ${event.commandName} ${collection}`;
      commands.set(key, (commands.get(key) ?? 0) + 1);
    });
  }
  return commands;
}

const perJourney = (value: number, journeys: number) => Number((value / journeys).toFixed(2));

async function main(): Promise<void> {
  // Command monitoring is an option of the driver's connection string.
  const url = new URL(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017');
  url.searchParams.set('monitorCommands', 'true');
  process.env.MONGO_URL = url.toString();
  const journeys = Number(process.env.PROFILE_JOURNEYS ?? 10);
  if (!Number.isInteger(journeys) || journeys < 1 || journeys > 200) throw new Error(`PROFILE_JOURNEYS must be an integer from 1 to 200`);
  const others = await otherHarbourWorkers();
  if (others.length > 0) throw new Error(`other Harbour workers poll the journeys' task queues (${others.join(', ')}); stop them first`);
  const settings = { ...benchSettings(), inFlight: 1, itemTimeoutMs: 120_000 };
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const teardown = new Teardown();
  try {
    const harbour = await startHarbour(settings, teardown);
    await harbour.journey(); // warm-up, not counted
    const kafka = createKafka({ clientId: 'harbour-profile' });
    const commands = watchDatabases(harbour);
    const recordsBefore = await topicRecords(kafka);
    const servers = ['kafka', 'temporal', 'mongo'];
    const cpuBefore = Object.fromEntries(servers.map((server) => [server, serverCpuSeconds(server)]));
    const ownBefore = process.cpuUsage();
    const started = performance.now();
    const profiled: string[] = [];
    for (let index = 0; index < journeys; index++) {
      await harbour.journey();
      profiled.push(harbour.journeys[harbour.journeys.length - 1]);
    }
    const seconds = (performance.now() - started) / 1000;
    const own = process.cpuUsage(ownBefore);
    const cpu: Record<string, number | null> = { 'harbour (services, worker, router in one process)': perJourney((own.user + own.system) / 1e6, journeys) };
    for (const server of servers) {
      const before = cpuBefore[server];
      const after = serverCpuSeconds(server);
      cpu[server] = before === undefined || after === undefined ? null : perJourney(after - before, journeys);
    }
    const recordsAfter = await topicRecords(kafka);
    const records = Object.fromEntries(
      Object.entries(recordsAfter)
        .map(([topic, count]) => [topic, perJourney(count - (recordsBefore[topic] ?? 0), journeys)] as const)
        .filter(([, count]) => count > 0),
    );

    const history: Record<string, Record<string, number>> = {};
    for (const [workflow, idOf] of [
      ['VictimJourney', journeyWorkflowId],
      ['ReferralHandoff', referralHandoffWorkflowId],
    ] as const) {
      const counts: Record<string, number> = {};
      for (const journeyId of profiled) {
        const { events } = await harbour.client.workflow.getHandle(idOf(journeyId)).fetchHistory();
        for (const event of events ?? []) counts[kindOf(event)] = (counts[kindOf(event)] ?? 0) + 1;
        counts.events = (counts.events ?? 0) + (events?.length ?? 0);
      }
      history[workflow] = Object.fromEntries(Object.entries(counts).map(([kind, count]) => [kind, perJourney(count, journeys)]));
    }
    const database = Object.fromEntries([...commands].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => [key, perJourney(count, journeys)]));

    const profile = { measuredAt: new Date().toISOString(), journeys, secondsPerJourney: perJourney(seconds, journeys), history, database, records, cpuSeconds: cpu };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(path.join(RESULTS, 'profile.json'), `${JSON.stringify(profile, null, 2)}\n`);
    console.log(markdown(profile));
    console.log(`written to ${path.relative(process.cwd(), path.join(RESULTS, 'profile.json'))}`);
  } finally {
    await teardown.run();
  }
}

function markdown(profile: { journeys: number; secondsPerJourney: number; history: Record<string, Record<string, number>>; database: Record<string, number>; records: Record<string, number>; cpuSeconds: Record<string, number | null> }): string {
  const rows = (title: string, entries: Record<string, number | null>) => Object.entries(entries).map(([name, value]) => `| ${title} | ${name} | ${value ?? 'n/a'} |`);
  return [
    `Per journey, report → referral offered, ${profile.journeys} journeys one at a time (${profile.secondsPerJourney} s each):`,
    '',
    '| where | what | per journey |',
    '|---|---|---|',
    ...Object.entries(profile.history).flatMap(([workflow, counts]) => rows(`Temporal ${workflow}`, counts)),
    ...rows('database', profile.database),
    ...rows('Kafka records', profile.records),
    ...rows('CPU seconds', profile.cpuSeconds),
  ].join('\n');
}

main()
  .catch((error: unknown) => {
    console.error(`profile failed: ${messageOf(error)}`);
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(), 2_000).unref());
