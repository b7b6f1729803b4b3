import { NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';
import { harbourDataConverter } from './data-converter';
import { temporalConnectionOptions, TemporalSettings, temporalSettings } from './temporal-settings';
import { activityTracingInterceptors } from './tracing';

export interface WorkerConnectionOptions {
  settings?: TemporalSettings;
  /** An existing connection (tests); the worker then leaves it open on shutdown. */
  connection?: NativeConnection;
}

export interface RunningWorker {
  taskQueue: string;
  /** Settles when the worker stops; rejects if it fails. */
  stopped: Promise<void>;
  /** Stops polling, lets running tasks finish, and closes the connection it opened. */
  shutdown(): Promise<void>;
}

type HarbourWorkerOptions = Omit<WorkerOptions, 'connection' | 'namespace' | 'dataConverter'>;

/** Runs a worker with Harbour's data converter and tracing until `shutdown()`. */
export async function runHarbourWorker(options: HarbourWorkerOptions, connectionOptions: WorkerConnectionOptions = {}): Promise<RunningWorker> {
  const settings = connectionOptions.settings ?? temporalSettings();
  const connection = connectionOptions.connection ?? (await NativeConnection.connect(temporalConnectionOptions(settings)));
  const ownsConnection = !connectionOptions.connection;
  try {
    const worker = await Worker.create({
      ...options,
      connection,
      namespace: settings.namespace,
      // The journey bundle carries the refused-payload interceptor, so its worker marks what the codec refuses.
      dataConverter: harbourDataConverter(settings, { workflows: options.workflowBundle !== undefined }),
      interceptors: {
        ...options.interceptors,
        activity: [...activityTracingInterceptors(), ...(options.interceptors?.activity ?? [])],
      },
    });
    const stopped = worker.run().finally(async () => {
      if (ownsConnection) await connection.close();
    });
    return {
      taskQueue: options.taskQueue,
      stopped,
      async shutdown() {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await stopped;
      },
    };
  } catch (error) {
    if (ownsConnection) await connection.close();
    throw error;
  }
}

/** A service's activity worker on its own task queue; services start it from a Nest provider. */
export function runActivityWorker(
  options: { taskQueue: string; activities: object } & WorkerConnectionOptions,
): Promise<RunningWorker> {
  const { taskQueue, activities, ...connectionOptions } = options;
  return runHarbourWorker({ taskQueue, activities }, connectionOptions);
}
