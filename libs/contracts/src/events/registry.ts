import { EventDefinition } from './event-definition';
import { ObligationMetEvent, ObligationMissedEvent } from './journey/obligation';
import { ReportReceivedEvent } from './reporting/report-received';
import { ReferralAcceptedEvent } from './support/referral-accepted';
import { ReferralDeclinedEvent } from './support/referral-declined';
import { ReferralOfferedEvent } from './support/referral-offered';
import { ReferralWithdrawnEvent } from './support/referral-withdrawn';
import { ComplaintAcknowledgedEvent } from './reporting/complaint-acknowledged';
import { VictimInformationProvidedEvent } from './justice/victim-information-provided';
import { NotificationPreferencesRecordedEvent } from './justice/notification-preferences-recorded';
import { ProceedingMilestoneRecordedEvent } from './justice/proceeding-milestone-recorded';
import { VictimNotificationDeliveredEvent } from './justice/victim-notification-delivered';
import { HearingScheduledEvent } from './justice/hearing-scheduled';
import { InterpretationBookedEvent } from './justice/interpretation-booked';
import { NonPunishmentNotifiedEvent } from './justice/non-punishment-notified';
import { AssessmentCompletedEvent } from './protection/assessment-completed';
import { ProtectionOrderIssuedEvent } from './protection/protection-order-issued';
import { ProtectionOrderRenewalDecidedEvent } from './protection/protection-order-renewal-decided';
import { NrmReferralSubmittedEvent } from './identification/nrm-referral-submitted';
import { ReasonableGroundsDecidedEvent } from './identification/reasonable-grounds-decided';
import { ConclusiveGroundsDecidedEvent } from './identification/conclusive-grounds-decided';
import { AgeUncertainRecordedEvent } from './identification/age-uncertain-recorded';
import { GuardianAppointedEvent } from './identification/guardian-appointed';

/** Every event type Harbour knows. A type absent here is refused by every consumer. */
export const EventRegistry: readonly EventDefinition[] = [
  ReportReceivedEvent,
  ReferralOfferedEvent,
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  ReferralWithdrawnEvent,
  ObligationMetEvent,
  ObligationMissedEvent,
  ComplaintAcknowledgedEvent,
  VictimInformationProvidedEvent,
  NotificationPreferencesRecordedEvent,
  ProceedingMilestoneRecordedEvent,
  VictimNotificationDeliveredEvent,
  HearingScheduledEvent,
  InterpretationBookedEvent,
  NonPunishmentNotifiedEvent,
  AssessmentCompletedEvent,
  ProtectionOrderIssuedEvent,
  ProtectionOrderRenewalDecidedEvent,
  NrmReferralSubmittedEvent,
  ReasonableGroundsDecidedEvent,
  ConclusiveGroundsDecidedEvent,
  AgeUncertainRecordedEvent,
  GuardianAppointedEvent,
];

const byType = new Map(EventRegistry.map((definition) => [definition.type, definition]));

export function findEventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
