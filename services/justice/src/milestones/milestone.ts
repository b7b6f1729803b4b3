import { ProceedingMilestone } from '@harbour/contracts';
import { NotificationChannelName } from '../justice-vocabulary';
import { JourneyRecord } from '@harbour/messaging';

/** How a victim's notification of a milestone stands. Only `pending` is worked on. */
export const NotificationStatuses = [
  'pending',
  /** Handed to an SMS or postal provider, waiting for its delivery receipt: not yet evidence that the victim was told. */
  'queued',
  'delivered',
  /** The victim said they do not want this kind of information. */
  'not-wanted',
  /** No notification choices are recorded for the journey: nobody asked. */
  'not-asked',
  /** The victim asked, but marked no channel as safe: Harbour does not contact them. */
  'no-safe-channel',
] as const;
export type NotificationStatus = (typeof NotificationStatuses)[number];

/** The evidence that a notification reached the channel's server or provider. */
export interface DeliveryEvidence {
  channel: NotificationChannelName;
  language: string;
  /** The server's or provider's id of the message, e.g. the SMTP Message-ID. */
  providerMessageId: string;
  /** What the server or provider answered, e.g. "250 OK: queued as …". */
  providerResponse: string;
  deliveredAt: Date;
}

/**
 * The victim's notification of one milestone, kept in the milestone's document so that the
 * milestone and its pending notification are one write. Attempts and the last error make a
 * failing delivery visible; `nextAttemptAt` is both the retry time and the claim of a sender.
 */
export interface MilestoneNotification {
  status: NotificationStatus;
  /** 0 for release and escape (VRD Art 6(5), highest priority), 1 for other case updates. */
  priority: 0 | 1;
  attempts: number;
  nextAttemptAt: Date;
  lastAttemptAt?: Date;
  /** A code, never a message that could quote an address. */
  lastError?: string;
  receipt?: DeliveryEvidence;
  /** The hand-over to a provider while the notification is queued: what the provider's receipt must match. */
  queued?: { channel: NotificationChannelName; language: string; providerMessageId: string; queuedAt: Date };
}

/** A milestone of the criminal proceedings, as a national system reported it. */
export interface Milestone extends JourneyRecord {
  /** The national system's message id: one milestone per id, however often it is sent. */
  messageId: string;
  milestone: ProceedingMilestone;
  occurredAt: Date;
  encryptedCaseReference: string;
  trial?: { scheduledFor: Date; encryptedPlace: string; timeZone: string };
  recordedAt: Date;
  receivedVia: 'kafka' | 'http';
  /** Token subject or consumer group that delivered it; not published. */
  receivedBy: string;
  notification: MilestoneNotification;
}

/** The kinds of information a victim chooses between (VRD Art 6(1),(2) and 6(5)). */
export type NotificationKind = 'case-update' | 'release-notice';

export function notificationKindOf(milestone: ProceedingMilestone): NotificationKind {
  return milestone === 'offender-released' || milestone === 'offender-escaped' ? 'release-notice' : 'case-update';
}

export function notificationPriorityOf(milestone: ProceedingMilestone): 0 | 1 {
  return notificationKindOf(milestone) === 'release-notice' ? 0 : 1;
}
