import { ObligationFact } from '../events/journey/obligation/obligation-fact.payload';
import type { ObligationOutcome } from '../journey/journey-workflow';
import type { ObligationTask } from '../events/journey/obligation-task/obligation-task.payload';

export interface PublishObligationOutcome {
  journeyId: string;
  /** Deterministic event id from the workflow, so a retried publish is deduplicated downstream. */
  eventId: string;
  outcome: ObligationOutcome;
  fact: ObligationFact;
}

export interface RaiseObligationTask {
  journeyId: string;
  /** Deterministic event id from the workflow, as for outcomes. */
  eventId: string;
  task: ObligationTask;
}

/** Activities the journey worker serves on the `journeys` task queue. */
export interface JourneyActivities {
  publishObligationOutcome(command: PublishObligationOutcome): Promise<void>;
  /** Publishes a reminder or escalation as a task for a named role. */
  raiseObligationTask(command: RaiseObligationTask): Promise<void>;
}
