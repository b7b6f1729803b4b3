import {
  buildEvent,
  CloudEvent,
  JourneyActivities,
  ObligationFact,
  ObligationMetEvent,
  ObligationMissedEvent,
  PublishObligationOutcome,
} from '@harbour/contracts';

export interface ObligationEventPublisher {
  publish(events: CloudEvent[]): Promise<void>;
}

/**
 * The activities the journey worker serves. Publishing reuses the workflow's event id, so a
 * retried activity sends the same event again and consumers deduplicate it.
 */
export function createJourneyActivities(deps: { publisher: ObligationEventPublisher }): JourneyActivities {
  return {
    async publishObligationOutcome(command: PublishObligationOutcome): Promise<void> {
      const definition = command.outcome === 'met' ? ObligationMetEvent : ObligationMissedEvent;
      const event = buildEvent<ObligationFact>(definition, {
        id: command.eventId,
        journeyId: command.journeyId,
        time: command.fact.at,
        data: command.fact,
      });
      await deps.publisher.publish([event]);
    },
  };
}
