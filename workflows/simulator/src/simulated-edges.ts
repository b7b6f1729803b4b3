import {
  CompensationActivities,
  JourneyActivities,
  JusticeActivities,
  ProtectionActivities,
  PublishObligationOutcome,
  RaiseObligationTask,
  ReportingActivities,
  SupportActivities,
} from '@harbour/contracts';
import { uuidFrom } from './generated-ids';

/**
 * The support service's activities over an in-memory directory: each offer goes to the first
 * organisation not yet asked in this hand-off. Referral ids derive from the offer key, so a
 * retried offer gets the same referral and a rerun of the scenario the same ids.
 */
export function directorySupportActivities(organisations: readonly string[]): SupportActivities {
  return {
    offerReferral: async (command) => {
      const organisationId = organisations.find((id) => !command.excludeOrganisationIds.includes(id));
      return organisationId ? { referralId: uuidFrom(command.offerKey, 'referral'), organisationId, helpline: false } : null;
    },
    withdrawReferral: async () => undefined,
  };
}

/** The journey publisher without Kafka: outcomes and tasks are kept for the run instead of published. */
export function recordingJourneyActivities(published: PublishObligationOutcome[], tasks: RaiseObligationTask[] = []): JourneyActivities {
  return {
    publishObligationOutcome: async (command) => {
      if (!published.some((seen) => seen.eventId === command.eventId)) published.push(command);
    },
    raiseObligationTask: async (command) => {
      if (!tasks.some((seen) => seen.eventId === command.eventId)) tasks.push(command);
    },
  };
}

/** The compensation service's activities as a deciding authority's address book would answer them: every chase goes out. */
export function answeringCompensationActivities(): CompensationActivities {
  return {
    transmitClaim: async () => ({ transmittedAt: new Date().toISOString() }),
    chaseDecidingAuthority: async (command) => ({ chaseId: uuidFrom(command.claimId, 'chase'), chasedAt: new Date().toISOString() }),
  };
}

/**
 * Reporting, justice and protection taking the journey's requests; what they then publish is the
 * scenario's to say. Served so that no request is left waiting, which would stop the simulated clock.
 */
export function answeringServiceActivities(): { reporting: ReportingActivities; justice: JusticeActivities; protection: ProtectionActivities } {
  const now = () => new Date().toISOString();
  return {
    reporting: { issueComplaintAcknowledgement: async ({ reportId }) => ({ reportId, language: 'en', acknowledgedAt: now(), documentSha256: '' }) },
    justice: { notifyProsecutionOfNonPunishment: async ({ flagId }) => ({ flagId, notifiedAt: now() }) },
    protection: { remindOrderRenewal: async () => undefined, expireOrder: async () => undefined },
  };
}
