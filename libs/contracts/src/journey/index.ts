// Workflow-safe entry point: types, signal and query definitions, task queues. No validators.
export * from './journey-workflow';
export * from '../commands/task-queues';
export type * from '../commands/support-activities';
export type * from '../commands/journey-activities';
export * from '../vocabulary/vocabulary';
// The data of the facts a journey reads, as types only: the validating classes stay outside.
export type { ReportReceived } from '../events/reporting/report-received/report-received.payload';
export type { ReferralAccepted } from '../events/support/referral-accepted/referral-accepted.payload';
export type { ReferralDeclined } from '../events/support/referral-declined/referral-declined.payload';
export type { ObligationFact } from '../events/journey/obligation/obligation-fact.payload';
