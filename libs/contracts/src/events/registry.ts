import { EventDefinition } from './event-definition';
import { ObligationClosedEvent, ObligationMetEvent, ObligationMissedEvent } from './journey/obligation';
import { ObligationTaskRaisedEvent } from './journey/obligation-task';
import { ReportReceivedEvent } from './reporting/report-received';
import { ReferralAcceptedEvent } from './support/referral-accepted';
import { ReferralDeclinedEvent } from './support/referral-declined';
import { ReferralOfferedEvent } from './support/referral-offered';
import { ReferralWithdrawnEvent } from './support/referral-withdrawn';
import { ReferralStartedEvent } from './support/referral-started';
import { ReferralCompletedEvent } from './support/referral-completed';
import { SupportPlanAgreedEvent } from './support/support-plan-agreed';
import { ReturnPlannedEvent } from './support/return-planned';
import { ReturnPlanReadyEvent } from './support/return-plan-ready';
import { CrossBorderReferralCreatedEvent } from './support/cross-border-referral-created';
import { SelfReferralReceivedEvent } from './support/self-referral-received';
import { ComplaintAcknowledgedEvent } from './reporting/complaint-acknowledged';
import { ComplaintTransmittedEvent } from './reporting/complaint-transmitted';
import { AnonymousReportReceivedEvent } from './reporting/anonymous-report-received';
import { ReportLinkedToJourneyEvent } from './reporting/report-linked-to-journey';
import { VictimInformationProvidedEvent } from './justice/victim-information-provided';
import { NotificationPreferencesRecordedEvent } from './justice/notification-preferences-recorded';
import { ProceedingMilestoneRecordedEvent } from './justice/proceeding-milestone-recorded';
import { VictimNotificationDeliveredEvent } from './justice/victim-notification-delivered';
import { VictimNotificationQueuedEvent } from './justice/victim-notification-queued';
import { AcknowledgementTranslationRequestedEvent } from './reporting/acknowledgement-translation-requested';
import { HearingScheduledEvent } from './justice/hearing-scheduled';
import { InterpretationBookedEvent } from './justice/interpretation-booked';
import { NonPunishmentNotifiedEvent } from './justice/non-punishment-notified';
import { AssessmentCompletedEvent } from './protection/assessment-completed';
import { ProtectionOrderIssuedEvent } from './protection/protection-order-issued';
import { ProtectionOrderRenewalDecidedEvent } from './protection/protection-order-renewal-decided';
import { ReassessmentRequestedEvent } from './protection/reassessment-requested';
import { ProtectionOrderBreachReportedEvent } from './protection/protection-order-breach-reported';
import { ProtectionOrderExpiringEvent } from './protection/protection-order-expiring';
import { ProtectionOrderExpiredEvent } from './protection/protection-order-expired';
import { ProtectionOrderRevokedEvent } from './protection/protection-order-revoked';
import { EpoIssuedEvent } from './protection/epo-issued';
import { EpoRecognisedEvent } from './protection/epo-recognised';
import { NrmReferralSubmittedEvent } from './identification/nrm-referral-submitted';
import { ReasonableGroundsDecidedEvent } from './identification/reasonable-grounds-decided';
import { ConclusiveGroundsDecidedEvent } from './identification/conclusive-grounds-decided';
import { AgeUncertainRecordedEvent } from './identification/age-uncertain-recorded';
import { GuardianAppointedEvent } from './identification/guardian-appointed';
import { ScreeningCompletedEvent } from './identification/screening-completed';
import { GuardianRequestedEvent } from './identification/guardian-requested';
import { NonPunishmentFlaggedEvent } from './identification/non-punishment-flagged';
import { PossibleDuplicateFoundEvent } from './identification/possible-duplicate-found';
import { JourneysMergedEvent } from './identification/journeys-merged';
import { RecoveryPeriodExtendedEvent } from './identification/recovery-period-extended';
import { RemovalRecordedEvent } from './identification/removal-recorded';
import { ClaimOpenedEvent } from './compensation/claim-opened';
import { ClaimSubmittedEvent } from './compensation/claim-submitted';
import { ClaimDecidedEvent } from './compensation/claim-decided';
import { PaymentMadeEvent } from './compensation/payment-made';
import { AppealLodgedEvent } from './compensation/appeal-lodged';
import { CrossBorderApplicationReceivedEvent } from './compensation/cross-border-application-received';
import { ApplicationTransmittedEvent } from './compensation/application-transmitted';
import { ApplicationAcknowledgedEvent } from './compensation/application-acknowledged';
import { DecidingAuthorityChasedEvent } from './compensation/deciding-authority-chased';
import { ParticipantJoinedEvents } from './participation/participant-joined';

/** Every event type Harbour knows. A type absent here is refused by every consumer. */
export const EventRegistry: readonly EventDefinition[] = [
  ReportReceivedEvent,
  ReferralOfferedEvent,
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  ReferralWithdrawnEvent,
  ReferralStartedEvent,
  ReferralCompletedEvent,
  SupportPlanAgreedEvent,
  ReturnPlannedEvent,
  ReturnPlanReadyEvent,
  CrossBorderReferralCreatedEvent,
  SelfReferralReceivedEvent,
  ObligationMetEvent,
  ObligationMissedEvent,
  ObligationClosedEvent,
  ObligationTaskRaisedEvent,
  ComplaintAcknowledgedEvent,
  ComplaintTransmittedEvent,
  AnonymousReportReceivedEvent,
  ReportLinkedToJourneyEvent,
  VictimInformationProvidedEvent,
  NotificationPreferencesRecordedEvent,
  ProceedingMilestoneRecordedEvent,
  VictimNotificationDeliveredEvent,
  VictimNotificationQueuedEvent,
  AcknowledgementTranslationRequestedEvent,
  HearingScheduledEvent,
  InterpretationBookedEvent,
  NonPunishmentNotifiedEvent,
  AssessmentCompletedEvent,
  ProtectionOrderIssuedEvent,
  ProtectionOrderRenewalDecidedEvent,
  ReassessmentRequestedEvent,
  ProtectionOrderBreachReportedEvent,
  ProtectionOrderExpiringEvent,
  ProtectionOrderExpiredEvent,
  ProtectionOrderRevokedEvent,
  EpoIssuedEvent,
  EpoRecognisedEvent,
  NrmReferralSubmittedEvent,
  ReasonableGroundsDecidedEvent,
  ConclusiveGroundsDecidedEvent,
  AgeUncertainRecordedEvent,
  GuardianAppointedEvent,
  ScreeningCompletedEvent,
  GuardianRequestedEvent,
  NonPunishmentFlaggedEvent,
  PossibleDuplicateFoundEvent,
  JourneysMergedEvent,
  RecoveryPeriodExtendedEvent,
  RemovalRecordedEvent,
  ClaimOpenedEvent,
  ClaimSubmittedEvent,
  ClaimDecidedEvent,
  PaymentMadeEvent,
  AppealLodgedEvent,
  CrossBorderApplicationReceivedEvent,
  ApplicationTransmittedEvent,
  ApplicationAcknowledgedEvent,
  DecidingAuthorityChasedEvent,
  ...Object.values(ParticipantJoinedEvents),
];

const byType = new Map(EventRegistry.map((definition) => [definition.type, definition]));

export function findEventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
