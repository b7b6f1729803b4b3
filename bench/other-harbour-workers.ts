import { hostname } from 'node:os';
import { Connection } from '@temporalio/client';
import { TaskQueues } from '@harbour/contracts';
import { temporalConnectionOptions, temporalSettings } from '@harbour/temporal';

const WORKFLOW_TASKS = 1;
const ACTIVITY_TASKS = 2;

/** A poller named `<pid>@<this host>` whose process is gone is only a recent memory of the server. */
function stillRunning(identity: string): boolean {
  const [pid, host] = identity.split('@');
  if (host !== hostname() || !/^\d+$/.test(pid)) return true;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Harbour workers already polling the task queues journeys use (a running platform, a test
 * run). The workflows name those queues, so such workers would take part of the bench's
 * journeys, and the bench part of theirs.
 */
export async function otherHarbourWorkers(): Promise<string[]> {
  const temporal = temporalSettings();
  const { namespace } = temporal;
  const connection = await Connection.connect(temporalConnectionOptions(temporal));
  try {
    const lastMinute = Date.now() / 1000 - 70;
    const queues = [
      { name: TaskQueues.journeys, taskQueueType: WORKFLOW_TASKS },
      { name: TaskQueues.support, taskQueueType: ACTIVITY_TASKS },
    ];
    const seen = await Promise.all(
      queues.map(async ({ name, taskQueueType }) => {
        const { pollers } = await connection.workflowService.describeTaskQueue({ namespace, taskQueue: { name }, taskQueueType });
        return pollers
          .filter((poller) => Number(poller.lastAccessTime?.seconds?.toString() ?? 0) > lastMinute && stillRunning(poller.identity ?? ''))
          .map((poller) => `${poller.identity} on ${name}`);
      }),
    );
    return seen.flat();
  } finally {
    await connection.close();
  }
}
