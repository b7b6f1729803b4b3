import { JourneyActivities, TaskQueues } from '@harbour/contracts';
import { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { RunningWorker, runHarbourWorker, WorkerConnectionOptions } from './run-worker';
import { TemporalSettingsError } from './temporal-settings';
import { workflowTracingSinks } from './tracing';
import { journeyWorkflowBundle } from './workflow-bundle';

/** How much of the journey worker's memory and CPU its workflows may take at once. */
export interface JourneyWorkerTuning {
  /**
   * Journeys kept in memory between their workflow tasks (HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS; 0:
   * none). Each costs about 10 MB, as each workflow evaluates the whole bundle (rule packs,
   * calendars, SDK) in a module cache of its own; the SDK's default, sized from the heap, lets
   * thousands of open journeys fill memory. Journeys wait days between facts, so one evicted is
   * replayed on its next fact at little cost.
   */
  maxCachedWorkflows: number;
  /** Workflow tasks run at once; never more than the cache holds (HARBOUR_JOURNEY_MAX_CONCURRENT_WORKFLOW_TASKS). */
  maxConcurrentWorkflowTaskExecutions: number;
  /** Journey activities (publishing outcomes, raising tasks) run at once (HARBOUR_JOURNEY_MAX_CONCURRENT_ACTIVITIES). */
  maxConcurrentActivityTaskExecutions: number;
}

const DEFAULT_TUNING: JourneyWorkerTuning = { maxCachedWorkflows: 50, maxConcurrentWorkflowTaskExecutions: 20, maxConcurrentActivityTaskExecutions: 50 };

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new TemporalSettingsError(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

/** The journey worker's tuning from the environment, checked at boot. */
export function journeyWorkerTuning(env: NodeJS.ProcessEnv = process.env): JourneyWorkerTuning {
  const tuning: JourneyWorkerTuning = {
    maxCachedWorkflows: count(env, 'HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS', DEFAULT_TUNING.maxCachedWorkflows, 0, 100_000),
    maxConcurrentWorkflowTaskExecutions: count(env, 'HARBOUR_JOURNEY_MAX_CONCURRENT_WORKFLOW_TASKS', DEFAULT_TUNING.maxConcurrentWorkflowTaskExecutions, 2, 1_000),
    maxConcurrentActivityTaskExecutions: count(env, 'HARBOUR_JOURNEY_MAX_CONCURRENT_ACTIVITIES', DEFAULT_TUNING.maxConcurrentActivityTaskExecutions, 1, 1_000),
  };
  if (tuning.maxCachedWorkflows === 1) throw new TemporalSettingsError('HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS must be 0 (no cache) or at least 2');
  if (tuning.maxCachedWorkflows > 0 && tuning.maxConcurrentWorkflowTaskExecutions > tuning.maxCachedWorkflows) {
    throw new TemporalSettingsError('HARBOUR_JOURNEY_MAX_CONCURRENT_WORKFLOW_TASKS must not exceed HARBOUR_JOURNEY_MAX_CACHED_WORKFLOWS');
  }
  return tuning;
}

export interface JourneyWorkerOptions extends WorkerConnectionOptions {
  /** The journey activities served beside the workflows. */
  activities: JourneyActivities;
  taskQueue?: string;
  /** Receives the spans of workflow code; none are kept without it. */
  workflowSpanProcessor?: SpanProcessor;
  /** From the environment unless given. */
  tuning?: JourneyWorkerTuning;
}

/** Runs the journey workflows (bundled once per process, tracing interceptors included) and the journey activities. */
export async function runJourneyWorker(options: JourneyWorkerOptions): Promise<RunningWorker> {
  const { activities, taskQueue = TaskQueues.journeys, workflowSpanProcessor, tuning = journeyWorkerTuning(), ...connectionOptions } = options;
  return runHarbourWorker(
    {
      taskQueue,
      activities,
      workflowBundle: await journeyWorkflowBundle(),
      sinks: workflowTracingSinks('harbour-journey-worker', workflowSpanProcessor),
      ...tuning,
    },
    connectionOptions,
  );
}
