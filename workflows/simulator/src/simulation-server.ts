import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { JourneySearchAttributes, PublishObligationOutcome, TaskQueues } from '@harbour/contracts';
import { harbourDataConverter, runActivityWorker, runJourneyWorker, RunningWorker, temporalSettings } from '@harbour/temporal';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { answeringCompensationActivities, answeringServiceActivities, directorySupportActivities, recordingJourneyActivities } from './simulated-edges';

const indexedValueTypes = {
  Keyword: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Bool: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  Datetime: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  Int: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT,
};

/** The locally installed Java test server (`deploy/local/harbour install`), never a download. */
function testServerPath(): string {
  return process.env.HARBOUR_TEST_SERVER || path.resolve('deploy/local/temporal-test-server');
}

/**
 * One journey's world for one scenario: Temporal's time-skipping test server, the real journey
 * worker (bundle, codec, interceptors) and in-memory edges for support and the publisher.
 */
export class SimulationServer {
  private constructor(
    readonly env: TestWorkflowEnvironment,
    private readonly workers: RunningWorker[],
    /** The obligation outcomes the journey published, in order. */
    readonly published: PublishObligationOutcome[],
  ) {}

  static async start(organisations: readonly string[]): Promise<SimulationServer> {
    // A key for this run only: the simulated journey's payloads never leave the process.
    const settings = { ...temporalSettings(), namespace: 'default', payloadKey: randomBytes(32).toString('base64') };
    const env = await TestWorkflowEnvironment.createTimeSkipping({
      client: { dataConverter: harbourDataConverter(settings) },
      server: { executable: { type: 'existing-path', path: testServerPath() } },
    });
    const published: PublishObligationOutcome[] = [];
    try {
      // The dev server registers Harbour's search attributes at start-up; the test server does not.
      await env.connection.operatorService.addSearchAttributes({
        namespace: 'default',
        searchAttributes: Object.fromEntries(Object.values(JourneySearchAttributes).map(({ name, type }) => [name, indexedValueTypes[type]])),
      });
      const connection = env.nativeConnection;
      const services = answeringServiceActivities();
      const workers = [
        await runJourneyWorker({ activities: recordingJourneyActivities(published), connection, settings }),
        await runActivityWorker({ taskQueue: TaskQueues.support, activities: directorySupportActivities(organisations), connection, settings }),
        await runActivityWorker({ taskQueue: TaskQueues.compensation, activities: answeringCompensationActivities(), connection, settings }),
        await runActivityWorker({ taskQueue: TaskQueues.reporting, activities: services.reporting, connection, settings }),
        await runActivityWorker({ taskQueue: TaskQueues.justice, activities: services.justice, connection, settings }),
        await runActivityWorker({ taskQueue: TaskQueues.protection, activities: services.protection, connection, settings }),
      ];
      return new SimulationServer(env, workers, published);
    } catch (error) {
      await env.teardown();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.shutdown()));
    await this.env.teardown();
  }
}
