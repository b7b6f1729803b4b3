import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { temporalConnectionOptions, temporalSettings } from '@harbour/temporal';
import { benchName, closedLoop, since, StageFigures, Teardown } from './measure';
import { BenchSettings } from './settings';
import { proceed, waitForOneSignal } from './signalled.workflow';

/**
 * The Temporal server alone: each item signal-with-starts a workflow that only waits for that
 * signal, on a task queue of the bench's own, and ends when the workflow has completed. Plain
 * SDK client and worker: no payload encryption, no tracing.
 */
export async function rawTemporal(settings: BenchSettings, teardown: Teardown): Promise<StageFigures> {
  const temporal = temporalSettings();
  const { namespace } = temporal;
  const taskQueue = benchName('harbour-bench-raw');

  const workerConnection = await NativeConnection.connect(temporalConnectionOptions(temporal));
  teardown.add('close the raw worker connection', () => workerConnection.close());
  const worker = await Worker.create({
    connection: workerConnection,
    namespace,
    taskQueue,
    workflowsPath: require.resolve('./signalled.workflow'),
  });
  const running = worker.run();
  teardown.add('stop the raw worker', async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
  });

  const connection = await Connection.connect(temporalConnectionOptions(temporal));
  teardown.add('close the raw client connection', () => connection.close());
  const client = new Client({ connection, namespace });

  const item = async () => {
    const started = performance.now();
    const handle = await client.workflow.signalWithStart(waitForOneSignal, {
      workflowId: benchName('bench-signalled'),
      taskQueue,
      signal: proceed,
    });
    await handle.result();
    return since(started);
  };
  await closedLoop(settings.warmup, settings.inFlight, item);
  return closedLoop(settings.journeys, settings.inFlight, item);
}
