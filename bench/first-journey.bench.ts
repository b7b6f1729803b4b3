import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { harbourJourneys } from './harbour-journeys';
import { messageOf, StageFigures, Teardown } from './measure';
import { otherHarbourWorkers } from './other-harbour-workers';
import { rawKafka } from './raw-kafka';
import { rawTemporal } from './raw-temporal';
import { BenchSettings, benchSettings } from './settings';

/**
 * How fast Harbour takes victim journeys from a police report to an offered referral, as
 * ratios against the raw speed of the same Kafka broker and Temporal server, measured in the
 * same run with the same number of items under way at once.
 *
 *   npm run bench   (BENCH_JOURNEYS, BENCH_WARMUP, BENCH_IN_FLIGHT, BENCH_TIMEOUT_SECONDS, BENCH_SHARED)
 */

// Compiled into dist/bench/; the figures are kept beside the sources.
const RESULTS = path.resolve(__dirname, '../../bench/results/latest.json');

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
/** A ratio readable at any scale: 0.0123 and 81.3 alike keep three significant digits. */
const ratio = (a: number, b: number) => Number((a / b).toPrecision(3));

function rounded(figures: StageFigures) {
  return { count: figures.count, seconds: round(figures.seconds, 2), perSecond: round(figures.perSecond), p50Ms: round(figures.p50Ms), p95Ms: round(figures.p95Ms) };
}

async function main(): Promise<void> {
  const settings = benchSettings();
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const teardown = new Teardown();
  // The run ends by itself: past the deadline it cleans up what it can and exits.
  setTimeout(() => {
    console.error(`bench: still running after ${settings.timeoutMs / 1000} s; cleaning up and stopping`);
    void Promise.race([teardown.run(), new Promise((resolve) => setTimeout(resolve, 20_000))]).finally(() => process.exit(1));
  }, settings.timeoutMs).unref();

  const sharedWith = await otherHarbourWorkers();
  if (sharedWith.length > 0 && !settings.shared) {
    throw new Error(
      `other Harbour workers poll the journeys' task queues (${sharedWith.join(', ')}): their journeys and the bench's would mix. ` +
        'Stop them (npm run platform -- down) or let the tests finish; BENCH_SHARED=true measures anyway.',
    );
  }

  const stage = async <T>(name: string, run: (settings: BenchSettings, teardown: Teardown) => Promise<T>) => {
    console.log(`bench: ${name}…`);
    try {
      return await run(settings, teardown);
    } finally {
      await teardown.run();
    }
  };
  const kafka = await stage('raw Kafka', rawKafka);
  const temporal = await stage('raw Temporal', rawTemporal);
  const harbour = await stage('Harbour journeys', harbourJourneys);

  const ratios = {
    throughputVsKafka: ratio(harbour.perSecond, kafka.perSecond),
    throughputVsTemporal: ratio(harbour.perSecond, temporal.perSecond),
    p50VsKafka: ratio(harbour.p50Ms, kafka.p50Ms),
    p95VsKafka: ratio(harbour.p95Ms, kafka.p95Ms),
    p50VsTemporal: ratio(harbour.p50Ms, temporal.p50Ms),
    p95VsTemporal: ratio(harbour.p95Ms, temporal.p95Ms),
  };
  const rows: [string, StageFigures][] = [
    ['raw Kafka (record produced → consumed)', kafka],
    ['raw Temporal (signal-with-start → completed)', temporal],
    ['Harbour (POST /reports → referral offered)', harbour],
  ];
  const cell = (value: number) => value.toFixed(1).padStart(9);
  console.log(
    [
      '',
      `${settings.journeys} items per stage after ${settings.warmup} warm-up, ${settings.inFlight} under way at once; ` +
        `Node ${process.version}, ${availableParallelism()} CPUs`,
      `${'stage'.padEnd(46)}${'per s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}`,
      ...rows.map(([name, f]) => `${name.padEnd(46)}${cell(f.perSecond)}${cell(f.p50Ms)}${cell(f.p95Ms)}`),
      '',
      `Harbour ÷ raw Kafka:    throughput ${ratios.throughputVsKafka}, p50 latency ×${ratios.p50VsKafka}, p95 latency ×${ratios.p95VsKafka}`,
      `Harbour ÷ raw Temporal: throughput ${ratios.throughputVsTemporal}, p50 latency ×${ratios.p50VsTemporal}, p95 latency ×${ratios.p95VsTemporal}`,
      ...(sharedWith.length > 0 ? [`shared with other Harbour workers: ${sharedWith.join(', ')}`] : []),
    ].join('\n'),
  );

  const results = {
    measuredAt: new Date().toISOString(),
    settings: { journeys: settings.journeys, warmup: settings.warmup, inFlight: settings.inFlight, pollMs: settings.pollMs },
    machine: { node: process.version, cpus: availableParallelism() },
    rawKafka: rounded(kafka),
    rawTemporal: rounded(temporal),
    harbour: rounded(harbour),
    ratios,
    ...(sharedWith.length > 0 ? { sharedWith } : {}),
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), RESULTS)}`);
}

main()
  .then(() => (process.exitCode = 0))
  .catch((error: unknown) => {
    console.error(`bench failed: ${messageOf(error)}`);
    process.exitCode = 1;
  })
  // Clients may keep sockets open for a moment after closing; the bench does not wait for them.
  .finally(() => setTimeout(() => process.exit(), 2_000).unref());
