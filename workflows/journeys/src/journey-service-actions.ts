import type {
  CompensationClaimCommand,
  ExpireOrderCommand,
  IssueComplaintAcknowledgementCommand,
  NotifyProsecutionOfNonPunishmentCommand,
  ObligationView,
  RemindOrderRenewalCommand,
} from '@harbour/contracts/journey';
import type { RuleId } from '@harbour/rules';

/**
 * An action the journey asks a service to take. Each command carries its natural key (the report,
 * the flag, the order and the reminder's or end's time, the claim), on which the service is
 * idempotent: a retried or replayed call acts once. Its answer is not evidence: the obligation is
 * met by the fact the service publishes when it has acted.
 */
export type ServiceAction =
  | { service: 'reporting'; action: 'issueComplaintAcknowledgement'; command: IssueComplaintAcknowledgementCommand }
  | { service: 'justice'; action: 'notifyProsecutionOfNonPunishment'; command: NotifyProsecutionOfNonPunishmentCommand }
  | { service: 'protection'; action: 'remindOrderRenewal'; command: RemindOrderRenewalCommand }
  | { service: 'protection'; action: 'expireOrder'; command: ExpireOrderCommand }
  | { service: 'compensation'; action: 'transmitClaim'; command: CompensationClaimCommand };

/** When in an obligation's life the journey asks: as it opens, at each reminder, at its due time. */
export type ServiceActionMoment = 'open' | 'reminder' | 'due';

interface Asks {
  /** Journeys from before the journey asked keep not asking, on replay too. */
  patch: string;
  action(journeyId: string, subject: string, obligation: ObligationView, at: string): ServiceAction;
}

/** Which service each rule's obligation asks to act, and when; all are about the obligation's subject. */
const asks: Partial<Record<RuleId, Partial<Record<ServiceActionMoment, Asks>>>> = {
  // VRD Art 5(1): the written acknowledgement of the formal complaint, issued by reporting.
  'vrd-5-acknowledgement': {
    open: {
      patch: 'journey-asks-complaint-acknowledgement',
      action: (journeyId, reportId) => ({ service: 'reporting', action: 'issueComplaintAcknowledgement', command: { journeyId, reportId } }),
    },
  },
  // ATD Art 8: justice tells the prosecution the suspect is a presumed victim.
  'atd-8-non-punishment': {
    open: {
      patch: 'journey-asks-non-punishment-notice',
      action: (journeyId, flagId) => ({ service: 'justice', action: 'notifyProsecutionOfNonPunishment', command: { journeyId, flagId } }),
    },
  },
  // Directive 2004/80/EC Art 6: the assisting authority passes the application on.
  'comp-2004-80-transmit': {
    open: {
      patch: 'journey-asks-claim-transmission',
      action: (journeyId, claimId) => ({ service: 'compensation', action: 'transmitClaim', command: { journeyId, claimId } }),
    },
  },
  // National law: renewal is considered before the order ends (the reminder asks for it), and the order ends on its date.
  'protection-order-expiry': {
    reminder: {
      patch: 'journey-asks-order-renewal-reminder',
      action: (journeyId, orderId, _obligation, at) => ({ service: 'protection', action: 'remindOrderRenewal', command: { journeyId, orderId, dueAt: at } }),
    },
    due: {
      patch: 'journey-asks-order-expiry',
      action: (journeyId, orderId, obligation, at) => ({
        service: 'protection',
        action: 'expireOrder',
        command: { journeyId, orderId, at: obligation.dueAt ?? at },
      }),
    },
  },
};

/**
 * The action an obligation asks of a service at this moment, if any; `isPatched` is asked only
 * where there is one, so journeys without such obligations record no marker.
 */
export function serviceActionFor(
  journeyId: string,
  obligation: ObligationView,
  moment: ServiceActionMoment,
  at: string,
  isPatched: (patchId: string) => boolean,
): ServiceAction | undefined {
  const ask = asks[obligation.ruleId as RuleId]?.[moment];
  if (!ask || !obligation.subjectKey || !isPatched(ask.patch)) return undefined;
  return ask.action(journeyId, obligation.subjectKey, obligation, at);
}
