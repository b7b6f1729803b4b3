import {
  buildEvent,
  CloudEvent,
  JourneyActivities,
  ObligationClosedEvent,
  ObligationClosedFact,
  ObligationFact,
  ObligationTask,
  ObligationTaskRaisedEvent,
  ObligationMetEvent,
  ObligationMissedEvent,
  PublishObligationOutcome,
  RaiseObligationTask,
} from '@harbour/contracts';

export interface ObligationEventPublisher {
  publish(events: CloudEvent[]): Promise<void>;
}

/**
 * The activities the journey worker serves: every outcome is published, met and missed each as
 * its own event, the others (breached, declined by the victim, ended, revoked, cancelled) as closed.
 * Publishing reuses the workflow's event id, so a
 * retried activity sends the same event again and consumers deduplicate it.
 */
export function createJourneyActivities(deps: { publisher: ObligationEventPublisher }): JourneyActivities {
  return {
    async publishObligationOutcome(command: PublishObligationOutcome): Promise<void> {
      const draft = { id: command.eventId, journeyId: command.journeyId, time: command.fact.at };
      const { outcome } = command;
      const event =
        outcome === 'met' || outcome === 'missed'
          ? buildEvent<ObligationFact>(outcome === 'met' ? ObligationMetEvent : ObligationMissedEvent, { ...draft, data: command.fact })
          : buildEvent<ObligationClosedFact>(ObligationClosedEvent, { ...draft, data: { ...command.fact, outcome } });
      await deps.publisher.publish([event]);
    },
    async raiseObligationTask(command: RaiseObligationTask): Promise<void> {
      const event = buildEvent<ObligationTask>(ObligationTaskRaisedEvent, { id: command.eventId, journeyId: command.journeyId, time: command.task.at, data: command.task });
      await deps.publisher.publish([event]);
    },
  };
}
