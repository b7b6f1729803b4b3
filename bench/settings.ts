/** How much the bench does; every figure is bounded so that a run always ends by itself. */
export interface BenchSettings {
  /** Items measured per stage (BENCH_JOURNEYS). */
  journeys: number;
  /** Items run and discarded before measuring, per stage (BENCH_WARMUP). */
  warmup: number;
  /** Items under way at once, the same in every stage (BENCH_IN_FLIGHT). */
  inFlight: number;
  /** Journeys stored before Harbour is measured again (BENCH_STORED); 0 skips that stage. */
  stored: number;
  /** The whole run is abandoned (after cleaning up) past this (BENCH_TIMEOUT_SECONDS). */
  timeoutMs: number;
  /** One item that takes longer than this fails the run. */
  itemTimeoutMs: number;
  /** Measure even while other Harbour workers poll the same task queues (BENCH_SHARED=true). */
  shared: boolean;
  /** How often a journey's state is queried while waiting for its referral. */
  pollMs: number;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, not '${raw}'`);
  }
  return value;
}

export function benchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    journeys: integer(env, 'BENCH_JOURNEYS', 50, 1, 1000),
    warmup: integer(env, 'BENCH_WARMUP', 5, 0, 100),
    inFlight: integer(env, 'BENCH_IN_FLIGHT', 8, 1, 64),
    stored: integer(env, 'BENCH_STORED', 2000, 0, 100_000),
    timeoutMs: integer(env, 'BENCH_TIMEOUT_SECONDS', 480, 60, 1800) * 1000,
    shared: env.BENCH_SHARED === 'true',
    itemTimeoutMs: 60_000,
    pollMs: 100,
  };
}
