import { ObligationFact } from '../events/journey/obligation/obligation-fact.payload';
import type { ObligationOutcome } from '../journey/journey-workflow';

export interface PublishObligationOutcome {
  journeyId: string;
  /** Deterministic event id from the workflow, so a retried publish is deduplicated downstream. */
  eventId: string;
  outcome: ObligationOutcome;
  fact: ObligationFact;
}

/** Activities the journey worker serves on the `journeys` task queue. */
export interface JourneyActivities {
  publishObligationOutcome(command: PublishObligationOutcome): Promise<void>;
}
