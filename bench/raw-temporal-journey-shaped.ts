import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { temporalConnectionOptions, temporalSettings } from '@harbour/temporal';
import { JourneyShape, ShapedActivities, shapedFact, shapedJourney, shapedState } from './journey-shaped.workflow';
import { benchName, closedLoop, pollUntil, since, StageFigures, Teardown, terminateAll } from './measure';
import { BenchSettings } from './settings';

/**
 * The Temporal server alone, doing what a journey does to it up to the offered referral (see
 * journey-shaped.workflow.ts), with plain SDK clients and workers and no payload encryption.
 * Each item ends, as Harbour's do, when a query polled every `pollMs` shows the offer made.
 */
export async function rawTemporalJourneyShaped(
  settings: BenchSettings,
  teardown: Teardown,
  timers: Pick<JourneyShape, 'journeyTimers' | 'handoffTimers'>,
): Promise<StageFigures> {
  const temporal = temporalSettings();
  const { namespace } = temporal;
  const taskQueue = benchName('harbour-bench-shaped');
  const shape: JourneyShape = { ...timers, activityTaskQueue: `${taskQueue}-activities` };

  const workerConnection = await NativeConnection.connect(temporalConnectionOptions(temporal));
  teardown.add('close the shaped workers connection', () => workerConnection.close());
  const activities: ShapedActivities = { offer: async () => undefined };
  const workers = await Promise.all([
    Worker.create({ connection: workerConnection, namespace, taskQueue, workflowsPath: require.resolve('./journey-shaped.workflow') }),
    Worker.create({ connection: workerConnection, namespace, taskQueue: shape.activityTaskQueue, activities }),
  ]);
  const running = workers.map((worker) => worker.run());
  teardown.add('stop the shaped workers', async () => {
    for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
    await Promise.all(running);
  });

  const connection = await Connection.connect(temporalConnectionOptions(temporal));
  teardown.add('close the shaped client connection', () => connection.close());
  const client = new Client({ connection, namespace });
  const started: string[] = [];
  teardown.add('terminate the shaped workflows', () => terminateAll(client, started.flatMap((id) => [id, `${id}-handoff`])));

  const item = async () => {
    const begun = performance.now();
    const workflowId = benchName('bench-shaped');
    started.push(workflowId);
    const handle = await client.workflow.signalWithStart(shapedJourney, { workflowId, taskQueue, args: [shape], signal: shapedFact, signalArgs: [{}] });
    await pollUntil(async () => (await handle.query(shapedState)).offered, {
      description: `shaped journey ${workflowId} to be offered`,
      intervalMs: settings.pollMs,
      timeoutMs: settings.itemTimeoutMs,
    });
    return since(begun);
  };
  await closedLoop(settings.warmup, settings.inFlight, item);
  return closedLoop(settings.journeys, settings.inFlight, item);
}
