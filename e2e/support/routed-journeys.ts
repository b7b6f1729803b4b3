import { CloudEvent, fromKafkaRecord, JourneyState, journeyStateQuery, journeyWorkflowId, validateEvent } from '@harbour/contracts';
import { createKafka, KafkaEventPublisher } from '@harbour/messaging';
import { connectTemporalClient, RunningWorker, runJourneyWorker } from '@harbour/temporal';
import { readTopic, testServers, uniqueName, waitFor } from '@harbour/testing';
import { Client } from '@temporalio/client';
import { createJourneyActivities } from '../../workflows/runtime/src/journey-activities';
import { JourneyRouter } from '../../workflows/runtime/src/journey-router';

/**
 * Services' facts reaching victims' journeys on the real servers: each fact is read back from
 * Kafka as published and routed by the journey router's own code to VictimJourney, on a task
 * queue of the test's own (a router consuming the shared topics would also route other runs' facts).
 */
export class RoutedJourneys {
  private readonly started = new Set<string>();

  private constructor(
    private readonly client: Client,
    private readonly worker: RunningWorker,
    private readonly publisher: KafkaEventPublisher,
    private readonly router: JourneyRouter,
  ) {}

  static async start(name: string): Promise<RoutedJourneys> {
    const client = await connectTemporalClient();
    const publisher = new KafkaEventPublisher(createKafka({ clientId: `harbour-${name}` }));
    await publisher.connect();
    const taskQueue = uniqueName(`journeys-${name}`);
    const worker = await runJourneyWorker({ taskQueue, activities: createJourneyActivities({ publisher }) });
    return new RoutedJourneys(client, worker, publisher, new JourneyRouter(client, taskQueue));
  }

  /** The subject's facts on the topic as published, once every expected type is there, routed to its journey in order. */
  async route(topic: string, subject: string, types: string[]): Promise<CloudEvent<object>[]> {
    const records = await readTopic(testServers().kafkaBrokers, topic, {
      until: (read) => types.every((type) => read.some((record) => record.key === subject && record.headers.ce_type === type)),
    });
    const facts = records
      .filter((record) => record.key === subject)
      .map((record) => {
        const validated = validateEvent(fromKafkaRecord(record));
        if (!validated.ok) throw new Error(validated.reason);
        return validated.value;
      });
    for (const fact of facts) await this.router.route(fact);
    this.started.add(subject);
    return facts;
  }

  /** The journey's state once `ready` holds. Queries are bounded, so one a busy server leaves unanswered is asked again. */
  until(journeyId: string, description: string, ready: (state: JourneyState) => boolean): Promise<JourneyState> {
    const handle = this.client.workflow.getHandle(journeyWorkflowId(journeyId));
    return waitFor(
      async () => {
        const state = await this.client.withDeadline(Date.now() + 5_000, () => handle.query(journeyStateQuery));
        return ready(state) && state;
      },
      { description, timeoutMs: 60_000 },
    );
  }

  history(journeyId: string) {
    return this.client.workflow.getHandle(journeyWorkflowId(journeyId)).fetchHistory();
  }

  async stop(): Promise<void> {
    for (const journeyId of this.started) await this.client.workflow.getHandle(journeyWorkflowId(journeyId)).terminate('end of test').catch(() => undefined);
    await this.worker.shutdown();
    await this.publisher.disconnect();
    await this.client.connection.close();
  }
}
