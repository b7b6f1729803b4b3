import { JourneyActivities, PublishObligationOutcome } from '@harbour/contracts';

/** Records the obligation outcomes the journeys publish, once per event id. */
export class RecordingJourneyActivities {
  readonly published = new Map<string, PublishObligationOutcome>();

  activities(): JourneyActivities {
    return {
      publishObligationOutcome: async (command) => {
        this.published.set(command.eventId, command);
      },
    };
  }

  outcomesOf(journeyId: string): PublishObligationOutcome[] {
    return [...this.published.values()].filter((command) => command.journeyId === journeyId);
  }
}
