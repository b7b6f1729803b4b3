// Workflow-safe entry point: types, signal and query definitions, task queues. No validators.
export * from './journey-workflow';
export * from '../commands/task-queues';
export type * from '../commands/support-activities';
export type * from '../commands/journey-activities';
export type * from '../commands/compensation-activities';
export type * from '../commands/reporting-activities';
export type * from '../commands/justice-activities';
export type * from '../commands/protection-activities';
export * from '../vocabulary/vocabulary';
// The data of the facts a journey reads, as types only: the validating classes stay outside.
export type { ReportReceived } from '../events/reporting/report-received/report-received.payload';
export type { ReferralAccepted } from '../events/support/referral-accepted/referral-accepted.payload';
export type { ReferralDeclined } from '../events/support/referral-declined/referral-declined.payload';
export type { ComplaintAcknowledged } from '../events/reporting/complaint-acknowledged/complaint-acknowledged.payload';
export type { VictimInformationProvided } from '../events/justice/victim-information-provided/victim-information-provided.payload';
export type { NotificationPreferencesRecorded } from '../events/justice/notification-preferences-recorded/notification-preferences-recorded.payload';
export type { ProceedingMilestoneRecorded } from '../events/justice/proceeding-milestone-recorded/proceeding-milestone-recorded.payload';
export type { VictimNotificationDelivered } from '../events/justice/victim-notification-delivered/victim-notification-delivered.payload';
export type { AssessmentCompleted } from '../events/protection/assessment-completed/assessment-completed.payload';
export type { ProtectionOrderIssued } from '../events/protection/protection-order-issued/protection-order-issued.payload';
export type { ProtectionOrderRenewalDecided } from '../events/protection/protection-order-renewal-decided/protection-order-renewal-decided.payload';
export type { NrmReferralSubmitted } from '../events/identification/nrm-referral-submitted/nrm-referral-submitted.payload';
export type { ReasonableGroundsDecided } from '../events/identification/reasonable-grounds-decided/reasonable-grounds-decided.payload';
export type { ConclusiveGroundsDecided } from '../events/identification/conclusive-grounds-decided/conclusive-grounds-decided.payload';
export type { AgeUncertainRecorded } from '../events/identification/age-uncertain-recorded/age-uncertain-recorded.payload';
export type { GuardianAppointed } from '../events/identification/guardian-appointed/guardian-appointed.payload';
export type { ObligationFact, ObligationReasonCode } from '../events/journey/obligation/obligation-fact.payload';
export type { ObligationTask, ObligationTaskKind, ObligationTaskRole } from '../events/journey/obligation-task/obligation-task.payload';
