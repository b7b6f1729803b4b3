import { JourneyActivities, PublishObligationOutcome, RaiseObligationTask } from '@harbour/contracts';

/** Records the obligation outcomes the journeys publish, once per event id. */
export class RecordingJourneyActivities {
  readonly published = new Map<string, PublishObligationOutcome>();
  readonly tasks = new Map<string, RaiseObligationTask>();

  activities(): JourneyActivities {
    return {
      publishObligationOutcome: async (command) => {
        this.published.set(command.eventId, command);
      },
      raiseObligationTask: async (command) => {
        this.tasks.set(command.eventId, command);
      },
    };
  }

  tasksOf(journeyId: string): RaiseObligationTask['task'][] {
    return [...this.tasks.values()].filter((command) => command.journeyId === journeyId).map((command) => command.task);
  }

  outcomesOf(journeyId: string): PublishObligationOutcome[] {
    return [...this.published.values()].filter((command) => command.journeyId === journeyId);
  }
}
