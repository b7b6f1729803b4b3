import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createTimeSkippingEnvironment, uniqueName } from '@harbour/testing';
import { thirtyDayTimer } from './thirty-day-timer.workflow';

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

// Journeys wait weeks and months on legal deadlines; tests skip that time instead of waiting.
describe('time-skipping test server', () => {
  let environment: TestWorkflowEnvironment;

  beforeAll(async () => {
    environment = await createTimeSkippingEnvironment();
  });
  afterAll(() => environment?.teardown());

  it('lets a workflow sleep a 30-day timer to its end', async () => {
    const taskQueue = uniqueName('smoke-time-skipping');
    const worker = await Worker.create({
      connection: environment.nativeConnection,
      taskQueue,
      workflowsPath: require.resolve('./thirty-day-timer.workflow'),
    });

    const { startedAt, wokeAt } = await worker.runUntil(
      environment.client.workflow.execute(thirtyDayTimer, { taskQueue, workflowId: uniqueName('thirty-days') }),
    );

    expect(wokeAt - startedAt).toBeGreaterThanOrEqual(THIRTY_DAYS_MS);
  });
});
