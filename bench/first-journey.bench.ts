import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { journeyWorkerTuning } from '@harbour/temporal';
import { eventToSignal } from './event-to-signal';
import { harbourJourneys, harbourJourneysAfterLoad, startHarbour, timersOfJourney } from './harbour-journeys';
import { messageOf, StageFigures, Teardown } from './measure';
import { otherHarbourWorkers } from './other-harbour-workers';
import { rawKafka } from './raw-kafka';
import { rawTemporal } from './raw-temporal';
import { rawTemporalJourneyShaped } from './raw-temporal-journey-shaped';
import { BenchSettings, benchSettings } from './settings';

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
  // Harbour stays assembled for its stages; each raw stage cleans up after itself.
  const harbourTeardown = new Teardown();
  // The run ends by itself: past the deadline it cleans up what it can and exits.
  setTimeout(() => {
    console.error(`bench: still running after ${settings.timeoutMs / 1000} s; cleaning up and stopping`);
    const cleanUp = teardown.run().then(() => harbourTeardown.run());
    void Promise.race([cleanUp, new Promise((resolve) => setTimeout(resolve, 20_000))]).finally(() => process.exit(1));
  }, settings.timeoutMs).unref();

  const sharedWith = await otherHarbourWorkers();
  if (sharedWith.length > 0 && !settings.shared) {
    throw new Error(
      `other Harbour workers poll the journeys' task queues (${sharedWith.join(', ')}): their journeys and the bench's would mix. ` +
        'Stop them (npm run platform -- down) or let the tests finish; BENCH_SHARED=true measures anyway.',
    );
  }

  // Written after every stage, so a run cut short still keeps what it measured.
  const results: Record<string, unknown> = {
    measuredAt: new Date().toISOString(),
    settings: { journeys: settings.journeys, warmup: settings.warmup, inFlight: settings.inFlight, stored: settings.stored, pollMs: settings.pollMs },
    // The journey worker's cache bounds its memory: the per-1,000-journeys figures depend on it.
    journeyWorker: journeyWorkerTuning(),
    machine: { node: process.version, cpus: availableParallelism() },
    ...(sharedWith.length > 0 ? { sharedWith } : {}),
  };
  const figures: Partial<Record<StageKey, StageFigures>> = {};
  const record = (key: StageKey, measured: StageFigures, extra: Record<string, unknown> = {}) => {
    figures[key] = measured;
    Object.assign(results, { [key]: rounded(measured), ...extra, ratios: ratiosOf(figures) });
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  };
  const stage = async (name: string, run: () => Promise<void>, own: Teardown = teardown) => {
    console.log(`bench: ${name}…`);
    try {
      await run();
    } finally {
      await own.run();
    }
  };

  try {
    await stage('rawKafka', async () => record('rawKafka', await rawKafka(settings, teardown)));
    await stage('rawTemporal', async () => record('rawTemporal', await rawTemporal(settings, teardown)));
    await stage(
      'harbour',
      async () => {
        const harbour = await startHarbour(settings, harbourTeardown);
        record('harbour', await harbourJourneys(harbour, settings));
        const shape = await timersOfJourney(harbour, harbour.journeys[harbour.journeys.length - 1]);
        await stage(`rawTemporalJourneyShaped (${shape.journeyTimers} + ${shape.handoffTimers} timers)`, async () =>
          record('rawTemporalJourneyShaped', await rawTemporalJourneyShaped(settings, teardown, shape), { journeyShape: shape }),
        );
        console.log('bench: eventToSignal…');
        record('eventToSignal', await eventToSignal(harbour, settings));
        if (settings.stored > 0) {
          console.log(`bench: storing up to ${settings.stored} journeys, then harbourAfterLoad…`);
          const { stored, fillFailures, per1000Journeys, ...afterLoad } = await harbourJourneysAfterLoad(harbour, settings, deadline - RESERVE_MS);
          record('harbourAfterLoad', afterLoad, { harbourAfterLoadStored: stored, harbourAfterLoadFillFailures: fillFailures, per1000Journeys });
        }
        console.log(`bench: cleaning up ${harbour.journeys.length} journeys…`);
      },
      harbourTeardown,
    );
  } finally {
    console.log(summary(settings, figures, results));
    console.log(`\nwritten to ${path.relative(process.cwd(), RESULTS)}`);
  }
}

type StageKey = 'rawKafka' | 'rawTemporal' | 'rawTemporalJourneyShaped' | 'harbour' | 'eventToSignal' | 'harbourAfterLoad';

const STAGES: [StageKey, string][] = [
  ['rawKafka', 'record produced → consumed'],
  ['rawTemporal', 'signal-with-start → completed'],
  ['rawTemporalJourneyShaped', 'bare journey → offer queried'],
  ['harbour', 'POST /reports → referral offered'],
  ['eventToSignal', 'fact on Kafka → signal handled'],
  ['harbourAfterLoad', 'harbour once journeys are stored'],
];

/** The ratios the goals are stated in, for the stages measured so far. */
function ratiosOf(f: Partial<Record<StageKey, StageFigures>>): Record<string, number> {
  const ratios: Record<string, number> = {};
  if (f.harbour && f.rawTemporalJourneyShaped) {
    ratios.harbourVsJourneyShaped = ratio(f.harbour.perSecond, f.rawTemporalJourneyShaped.perSecond);
    ratios.harbourP50VsJourneyShapedP50 = ratio(f.harbour.p50Ms, f.rawTemporalJourneyShaped.p50Ms);
  }
  if (f.harbour && f.rawTemporal) ratios.harbourVsRawTemporal = ratio(f.harbour.perSecond, f.rawTemporal.perSecond);
  if (f.harbour && f.rawKafka) ratios.harbourVsRawKafka = ratio(f.harbour.perSecond, f.rawKafka.perSecond);
  if (f.harbour && f.harbourAfterLoad) ratios.harbourAfterLoadVsHarbour = ratio(f.harbourAfterLoad.perSecond, f.harbour.perSecond);
  if (f.eventToSignal && f.rawKafka) ratios.eventToSignalP99MinusRawKafkaP99Ms = round(f.eventToSignal.p99Ms - f.rawKafka.p99Ms);
  return ratios;
}

function summary(settings: BenchSettings, f: Partial<Record<StageKey, StageFigures>>, results: Record<string, unknown>): string {
  const r = ratiosOf(f);
  const cell = (value: number) => value.toFixed(1).padStart(9);
  const goals = [
    r.harbourVsJourneyShaped !== undefined && `harbour ÷ rawTemporalJourneyShaped: throughput ${r.harbourVsJourneyShaped} (goal ≥ 0.8), p50 latency ×${r.harbourP50VsJourneyShapedP50}`,
    r.harbourVsRawTemporal !== undefined && `harbour ÷ rawTemporal: throughput ${r.harbourVsRawTemporal}`,
    r.harbourVsRawKafka !== undefined && `harbour ÷ rawKafka: throughput ${r.harbourVsRawKafka}`,
    r.harbourAfterLoadVsHarbour !== undefined && `harbourAfterLoad ÷ harbour: throughput ${r.harbourAfterLoadVsHarbour} (goal ≥ 0.9) with ${String(results.harbourAfterLoadStored)} journeys stored`,
    results.per1000Journeys !== undefined && `per 1,000 journeys stored (MB): ${JSON.stringify(results.per1000Journeys)}`,
    r.eventToSignalP99MinusRawKafkaP99Ms !== undefined && `eventToSignal p99 − rawKafka p99: ${r.eventToSignalP99MinusRawKafkaP99Ms} ms (goal ≤ 50 ms)`,
  ].filter((line): line is string => typeof line === 'string');
  return [
    '',
    `${settings.journeys} items per stage after ${settings.warmup} warm-up, ${settings.inFlight} under way at once; Node ${process.version}, ${availableParallelism()} CPUs`,
    `${'stage'.padEnd(60)}${'per s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}`,
    ...STAGES.filter(([key]) => f[key]).map(([key, what]) => {
      const s = f[key] as StageFigures;
      return `${`${key} (${what})`.padEnd(60)}${cell(s.perSecond)}${cell(s.p50Ms)}${cell(s.p95Ms)}${cell(s.p99Ms)}`;
    }),
    '',
    ...goals,
  ].join('\n');
}

main()
  .then(() => (process.exitCode = 0))
  .catch((error: unknown) => {
    console.error(`bench failed: ${messageOf(error)}`);
    process.exitCode = 1;
  })
  // Clients may keep sockets open for a moment after closing; the bench does not wait for them.
  .finally(() => setTimeout(() => process.exit(), 2_000).unref());
