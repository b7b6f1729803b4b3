import { randomUUID } from 'node:crypto';
import { JourneySearchAttributes, JourneyState, journeyStateQuery, journeyWorkflowId, TaskQueues } from '@harbour/contracts';
import { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { SearchAttributes } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { ReferralHandoffState, referralHandoffStateQuery, referralHandoffWorkflowId } from '@harbour/journeys';
import { clientTracingInterceptors, harbourDataConverter, runActivityWorker, runJourneyWorker, RunningWorker, temporalSettings, TemporalSettings } from '@harbour/temporal';
import { createTimeSkippingEnvironment, waitFor } from '@harbour/testing';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { CloudEvent } from '@harbour/contracts';
import { JourneyRouter } from '../../src/journey-router';
import { FakeCompensationAuthority } from './fake-compensation-authority';
import { FakeSupportDirectory } from './fake-support-directory';
import { RecordingJourneyActivities } from './recording-journey-activities';
import { RecordingServices } from './recording-services';

const indexedValueTypes = {
  Keyword: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Bool: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  Datetime: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  Int: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT,
};

/** The dev server registers them at start-up; the test server needs them too. */
async function registerJourneySearchAttributes(env: TestWorkflowEnvironment): Promise<void> {
  await env.connection.operatorService.addSearchAttributes({
    namespace: 'default',
    searchAttributes: Object.fromEntries(Object.values(JourneySearchAttributes).map(({ name, type }) => [name, indexedValueTypes[type]])),
  });
}

/** A fixed key, so that recorded histories replay on any machine. Test data only. */
export const TEST_PAYLOAD_KEY = Buffer.alloc(32, 0x48).toString('base64');

export const HOUR = 3_600_000;
const QUERY_DEADLINE_MS = 3_000;

/**
 * A time-skipping Temporal server with the real journey worker (workflow bundle, codec,
 * interceptors) and fake activities at the I/O edges: support's directory, compensation, the other
 * services the journey asks to act, and the publisher.
 */
export class JourneyTestbed {
  readonly support = new FakeSupportDirectory();
  readonly compensation = new FakeCompensationAuthority();
  readonly services = new RecordingServices();
  readonly journeyActivities = new RecordingJourneyActivities();
  private workers: RunningWorker[] = [];
  private router!: JourneyRouter;

  private constructor(
    readonly env: TestWorkflowEnvironment,
    readonly settings: TemporalSettings,
  ) {}

  static async start(options: { workflowSpanProcessor?: SpanProcessor } = {}): Promise<JourneyTestbed> {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    const settings: TemporalSettings = { ...temporalSettings(), namespace: 'default', payloadKey: TEST_PAYLOAD_KEY };
    const env = await createTimeSkippingEnvironment({
      client: { dataConverter: harbourDataConverter(settings), interceptors: clientTracingInterceptors() },
    });
    await registerJourneySearchAttributes(env);
    const testbed = new JourneyTestbed(env, settings);
    const connection = env.nativeConnection;
    testbed.workers = [
      await runJourneyWorker({ activities: testbed.journeyActivities.activities(), connection, settings, ...options }),
      await runActivityWorker({ taskQueue: TaskQueues.support, activities: testbed.support.activities(), connection, settings }),
      await runActivityWorker({ taskQueue: TaskQueues.compensation, activities: testbed.compensation.activities(), connection, settings }),
      await runActivityWorker({ taskQueue: TaskQueues.reporting, activities: testbed.services.reporting(), connection, settings }),
      await runActivityWorker({ taskQueue: TaskQueues.justice, activities: testbed.services.justice(), connection, settings }),
      await runActivityWorker({ taskQueue: TaskQueues.protection, activities: testbed.services.protection(), connection, settings }),
    ];
    testbed.router = new JourneyRouter(env.client);
    return testbed;
  }

  async teardown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.shutdown()));
    await this.env.teardown();
  }

  newJourneyId(): string {
    return randomUUID();
  }

  /** What the journey router does with a fact from Kafka. */
  send(event: CloudEvent<object>): Promise<void> {
    return this.router.route(event);
  }

  async now(): Promise<number> {
    return this.env.currentTimeMs();
  }

  /** Moves the server's clock forward; timers due in between fire. */
  skip(ms: number): Promise<void> {
    return this.env.sleep(ms);
  }

  // Queries are bounded: the test server can leave one unanswered when it meets a continue-as-new.
  state(journeyId: string): Promise<JourneyState> {
    return this.env.client.withDeadline(Date.now() + QUERY_DEADLINE_MS, () =>
      this.env.client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyStateQuery),
    );
  }

  handoffState(journeyId: string): Promise<ReferralHandoffState> {
    return this.env.client.withDeadline(Date.now() + QUERY_DEADLINE_MS, () =>
      this.env.client.workflow.getHandle(referralHandoffWorkflowId(journeyId)).query(referralHandoffStateQuery),
    );
  }

  /** The journey's search attributes as Temporal stores them, once `ready` holds. */
  searchAttributes(journeyId: string, ready: (attributes: SearchAttributes) => boolean): Promise<SearchAttributes> {
    return waitFor(async () => {
      const { searchAttributes } = await this.env.client.workflow.getHandle(journeyWorkflowId(journeyId)).describe();
      return ready(searchAttributes) && searchAttributes;
    }, { description: 'search attributes' });
  }

  /**
   * Polls the journey's state until `ready` holds, bounded (20 s unless `timeoutMs` says
   * otherwise). A query that meets a continue-as-new is lost for QUERY_DEADLINE_MS, so a journey
   * renewing itself under load can need a longer bound than one that does not.
   */
  until(journeyId: string, description: string, ready: (state: JourneyState) => boolean, options: { timeoutMs?: number } = {}): Promise<JourneyState> {
    return waitFor(async () => {
      const state = await this.state(journeyId);
      return ready(state) && state;
    }, { description, ...options });
  }

  /** How the hand-off ended, read from Temporal's record of it rather than by a query; undefined while it runs. */
  async handoffClosed(journeyId: string): Promise<string | undefined> {
    const { status } = await this.env.client.workflow.getHandle(referralHandoffWorkflowId(journeyId)).describe();
    return status.name === 'RUNNING' ? undefined : status.name;
  }
}
