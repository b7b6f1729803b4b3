import { CloudEvent, JourneyFact, journeyFactSignal, JourneyFactTopics, journeyWorkflowId, TaskQueues } from '@harbour/contracts';
import { opensJourney, VictimJourney } from '@harbour/journeys';
import { startEventConsumer, EventConsumer, RecordRefusedError } from '@harbour/messaging';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { Kafka } from 'kafkajs';

/** The fact as a journey receives it: the envelope's id, type and time, and the validated data. */
export function journeyFactOf(event: CloudEvent<object>): JourneyFact {
  return { eventId: event.id, type: event.type, time: event.time, data: { ...event.data } as Record<string, unknown> };
}

/**
 * Turns every fact about a journey into a signal on that victim's journey workflow. A fact from
 * one of the journey's doors starts the journey if it is not running yet; any other fact needs a
 * journey that a door opened, and for an unknown journey it is refused (to the dead-letter topic,
 * with the reason) rather than starting an empty one. The workflow id is the journey id, so a
 * redelivered fact reaches the same journey, which ignores an event id it has seen.
 */
export class JourneyRouter {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string = TaskQueues.journeys,
  ) {}

  async route(event: CloudEvent<object>): Promise<void> {
    const fact = journeyFactOf(event);
    const workflowId = journeyWorkflowId(event.subject);
    if (opensJourney(fact)) {
      await this.client.workflow.signalWithStart(VictimJourney, {
        workflowId,
        taskQueue: this.taskQueue,
        args: [{ journeyId: event.subject }],
        signal: journeyFactSignal,
        signalArgs: [fact],
      });
      return;
    }
    try {
      await this.client.workflow.getHandle(workflowId).signal(journeyFactSignal, fact);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        throw new RecordRefusedError(`no journey ${event.subject} is open, and a ${event.type} does not open one (only a door's first fact does)`);
      }
      throw error;
    }
  }

  /** Consumes every journey fact topic; validation, dead letters and offsets are the consumer's. */
  start(kafka: Kafka, options: { groupId?: string; topics?: readonly string[] } = {}): Promise<EventConsumer> {
    const { groupId = 'harbour-journey-router', topics = JourneyFactTopics } = options;
    return startEventConsumer({ kafka, groupId, topics, handle: (event) => this.route(event) });
  }
}
