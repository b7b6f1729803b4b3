import { JourneyActivities, TaskQueues } from '@harbour/contracts';
import { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { RunningWorker, runHarbourWorker, WorkerConnectionOptions } from './run-worker';
import { workflowTracingSinks } from './tracing';
import { journeyWorkflowBundle } from './workflow-bundle';

export interface JourneyWorkerOptions extends WorkerConnectionOptions {
  /** The journey activities served beside the workflows. */
  activities: JourneyActivities;
  taskQueue?: string;
  /** Receives the spans of workflow code; none are kept without it. */
  workflowSpanProcessor?: SpanProcessor;
}

/** Runs the journey workflows (bundled once per process, tracing interceptors included) and the journey activities. */
export async function runJourneyWorker(options: JourneyWorkerOptions): Promise<RunningWorker> {
  const { activities, taskQueue = TaskQueues.journeys, workflowSpanProcessor, ...connectionOptions } = options;
  return runHarbourWorker(
    {
      taskQueue,
      activities,
      workflowBundle: await journeyWorkflowBundle(),
      sinks: workflowTracingSinks('harbour-journey-worker', workflowSpanProcessor),
    },
    connectionOptions,
  );
}
