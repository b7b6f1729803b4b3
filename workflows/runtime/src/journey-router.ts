import { CloudEvent, JourneyFact, journeyFactSignal, JourneyFactTopics, journeyWorkflowId, TaskQueues } from '@harbour/contracts';
import { VictimJourney } from '@harbour/journeys';
import { startEventConsumer, EventConsumer } from '@harbour/messaging';
import { Client } from '@temporalio/client';
import { Kafka } from 'kafkajs';

/** The fact as a journey receives it: the envelope's id, type and time, and the validated data. */
export function journeyFactOf(event: CloudEvent<object>): JourneyFact {
  return { eventId: event.id, type: event.type, time: event.time, data: { ...event.data } as Record<string, unknown> };
}

/**
 * Turns every fact about a journey into a signal on that victim's journey workflow, starting
 * the journey with its first fact. The workflow id is the journey id, so a redelivered fact
 * reaches the same journey, which ignores an event id it has seen.
 */
export class JourneyRouter {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string = TaskQueues.journeys,
  ) {}

  async route(event: CloudEvent<object>): Promise<void> {
    await this.client.workflow.signalWithStart(VictimJourney, {
      workflowId: journeyWorkflowId(event.subject),
      taskQueue: this.taskQueue,
      args: [{ journeyId: event.subject }],
      signal: journeyFactSignal,
      signalArgs: [journeyFactOf(event)],
    });
  }

  /** Consumes every journey fact topic; validation, dead letters and offsets are the consumer's. */
  start(kafka: Kafka, options: { groupId?: string; topics?: readonly string[] } = {}): Promise<EventConsumer> {
    const { groupId = 'harbour-journey-router', topics = JourneyFactTopics } = options;
    return startEventConsumer({ kafka, groupId, topics, handle: (event) => this.route(event) });
  }
}
