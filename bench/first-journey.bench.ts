import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { eventToSignal } from './event-to-signal';
import { harbourJourneys, harbourJourneysAfterLoad, startHarbour, timersOfJourney } from './harbour-journeys';
import { messageOf, StageFigures, Teardown } from './measure';
import { otherHarbourWorkers } from './other-harbour-workers';
import { rawKafka } from './raw-kafka';
import { rawTemporal } from './raw-temporal';
import { rawTemporalJourneyShaped } from './raw-temporal-journey-shaped';
import { benchSettings } from './settings';

/**
 * How fast Harbour takes victim journeys from a police report to an offered referral, against
 * the same Kafka broker and Temporal server measured alone in the same run, with the same
 * number of items under way at once:
 *
 *   rawKafka                  a ReportReceived-sized record produced (acks -1) → consumed by a group
 *   rawTemporal               signal-with-start of a no-op workflow → completed
 *   rawTemporalJourneyShaped  what a journey does to Temporal up to the referral, with empty bodies
 *   harbour                   POST /reports → referral offered
 *   eventToSignal             a fact produced on Kafka → the journey's signal handled
 *   harbourAfterLoad          harbour again once BENCH_STORED journeys are stored
 *
 *   npm run bench   (BENCH_JOURNEYS, BENCH_WARMUP, BENCH_IN_FLIGHT, BENCH_STORED, BENCH_TIMEOUT_SECONDS, BENCH_SHARED)
 */

// Compiled into dist/bench/; the figures are kept beside the sources.
const RESULTS = path.resolve(__dirname, '../../bench/results/latest.json');
/** Kept free at the end of the run for the last measurement and the clean-up of every journey. */
const RESERVE_MS = 180_000;

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
/** A ratio readable at any scale: 0.0123 and 81.3 alike keep three significant digits. */
const ratio = (a: number, b: number) => Number((a / b).toPrecision(3));

function rounded(figures: StageFigures) {
  return { count: figures.count, perSecond: round(figures.perSecond), p50Ms: round(figures.p50Ms), p95Ms: round(figures.p95Ms), p99Ms: round(figures.p99Ms) };
}

async function main(): Promise<void> {
  const settings = benchSettings();
  const deadline = Date.now() + settings.timeoutMs;
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

  const stage = async <T>(name: string, run: () => Promise<T>, own: Teardown = teardown) => {
    console.log(`bench: ${name}…`);
    try {
      return await run();
    } finally {
      await own.run();
    }
  };
  const kafka = await stage('raw Kafka', () => rawKafka(settings, teardown));
  const temporal = await stage('raw Temporal', () => rawTemporal(settings, teardown));

  // Harbour stays assembled for its stages; each raw stage cleans up after itself.
  const harbourTeardown = new Teardown();
  const figures = await stage(
    'Harbour',
    async () => {
      const harbour = await startHarbour(settings, harbourTeardown);
      console.log('bench: Harbour journeys…');
      const journeys = await harbourJourneys(harbour, settings);
      const shape = await timersOfJourney(harbour, harbour.journeys[harbour.journeys.length - 1]);
      const shaped = await stage(`raw Temporal, journey-shaped (${shape.journeyTimers} + ${shape.handoffTimers} timers)`, () =>
        rawTemporalJourneyShaped(settings, teardown, shape),
      );
      console.log('bench: a fact on Kafka → the journey signal handled…');
      const signals = await eventToSignal(harbour, settings);
      let afterLoad: Awaited<ReturnType<typeof harbourJourneysAfterLoad>> | undefined;
      if (settings.stored > 0) {
        console.log(`bench: storing up to ${settings.stored} journeys, then Harbour journeys again…`);
        afterLoad = await harbourJourneysAfterLoad(harbour, settings, deadline - RESERVE_MS);
      }
      console.log(`bench: cleaning up ${harbour.journeys.length} journeys…`);
      return { journeys, shape, shaped, signals, afterLoad };
    },
    harbourTeardown,
  );
  const { journeys: harbour, shape, shaped, signals, afterLoad } = figures;

  const ratios = {
    harbourVsJourneyShaped: ratio(harbour.perSecond, shaped.perSecond),
    harbourVsRawTemporal: ratio(harbour.perSecond, temporal.perSecond),
    harbourVsRawKafka: ratio(harbour.perSecond, kafka.perSecond),
    harbourP50VsJourneyShapedP50: ratio(harbour.p50Ms, shaped.p50Ms),
    ...(afterLoad ? { harbourAfterLoadVsHarbour: ratio(afterLoad.perSecond, harbour.perSecond) } : {}),
    eventToSignalP99MinusRawKafkaP99Ms: round(signals.p99Ms - kafka.p99Ms),
  };
  const rows: [string, StageFigures][] = [
    ['rawKafka (record produced → consumed)', kafka],
    ['rawTemporal (signal-with-start → completed)', temporal],
    ['rawTemporalJourneyShaped (→ offer queried)', shaped],
    ['harbour (POST /reports → referral offered)', harbour],
    ['eventToSignal (fact on Kafka → signal handled)', signals],
    ...(afterLoad ? [[`harbourAfterLoad (${afterLoad.stored} stored)`, afterLoad] as [string, StageFigures]] : []),
  ];
  const cell = (value: number) => value.toFixed(1).padStart(9);
  console.log(
    [
      '',
      `${settings.journeys} items per stage after ${settings.warmup} warm-up, ${settings.inFlight} under way at once; ` +
        `Node ${process.version}, ${availableParallelism()} CPUs`,
      `${'stage'.padEnd(48)}${'per s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}`,
      ...rows.map(([name, f]) => `${name.padEnd(48)}${cell(f.perSecond)}${cell(f.p50Ms)}${cell(f.p95Ms)}${cell(f.p99Ms)}`),
      '',
      `harbour ÷ rawTemporalJourneyShaped: throughput ${ratios.harbourVsJourneyShaped} (goal ≥ 0.8), p50 latency ×${ratios.harbourP50VsJourneyShapedP50}`,
      `harbour ÷ rawTemporal: throughput ${ratios.harbourVsRawTemporal}; harbour ÷ rawKafka: throughput ${ratios.harbourVsRawKafka}`,
      ...(afterLoad
        ? [
            `harbourAfterLoad ÷ harbour: throughput ${ratios.harbourAfterLoadVsHarbour} (goal ≥ 0.9) with ${afterLoad.stored} journeys stored`,
            `per 1,000 journeys stored: ${Object.entries(afterLoad.per1000Journeys).map(([name, mb]) => `${name} +${mb}`).join(', ')}`,
          ]
        : []),
      `eventToSignal p99 − rawKafka p99: ${ratios.eventToSignalP99MinusRawKafkaP99Ms} ms (goal ≤ 50 ms)`,
      ...(sharedWith.length > 0 ? [`shared with other Harbour workers: ${sharedWith.join(', ')}`] : []),
    ].join('\n'),
  );

  const results = {
    measuredAt: new Date().toISOString(),
    settings: { journeys: settings.journeys, warmup: settings.warmup, inFlight: settings.inFlight, stored: settings.stored, pollMs: settings.pollMs },
    machine: { node: process.version, cpus: availableParallelism() },
    rawKafka: rounded(kafka),
    rawTemporal: rounded(temporal),
    rawTemporalJourneyShaped: rounded(shaped),
    harbour: rounded(harbour),
    eventToSignal: rounded(signals),
    ...(afterLoad
      ? { harbourAfterLoad: rounded(afterLoad), harbourAfterLoadStored: afterLoad.stored, harbourAfterLoadFillFailures: afterLoad.fillFailures, per1000Journeys: afterLoad.per1000Journeys }
      : {}),
    journeyShape: shape,
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
