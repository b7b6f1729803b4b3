import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ProceedingMilestone, ProceedingMilestones } from '@harbour/contracts';
import { Milestone, NotificationStatus, NotificationStatuses } from '../milestones/milestone';

/** A milestone and how telling the victim of it stands; codes and evidence only, nothing personal. */
export class NotificationView {
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty({ enum: ProceedingMilestones }) milestone: ProceedingMilestone;
  @ApiProperty() recordedAt: string;
  @ApiProperty({ enum: NotificationStatuses }) status: NotificationStatus;
  @ApiProperty({ description: 'Delivery attempts so far' }) attempts: number;
  @ApiPropertyOptional({ description: 'When the next attempt is due, while pending' }) nextAttemptAt?: string;
  @ApiPropertyOptional({ description: 'Why the last attempt failed, as a code' }) lastError?: string;
  @ApiPropertyOptional({ description: 'The evidence of delivery: channel, language, provider message id and answer, time' })
  receipt?: { channel: string; language: string; providerMessageId: string; providerResponse: string; deliveredAt: string };
  @ApiPropertyOptional({ description: "The hand-over to an SMS or postal provider while it is queued, awaiting the provider's receipt" })
  queued?: { channel: string; language: string; providerMessageId: string; queuedAt: string };
}

export function toNotificationView({ _id, milestone, recordedAt, notification }: Milestone): NotificationView {
  return {
    milestoneId: _id,
    milestone,
    recordedAt: recordedAt.toISOString(),
    status: notification.status,
    attempts: notification.attempts,
    ...(notification.status === 'pending' ? { nextAttemptAt: notification.nextAttemptAt.toISOString() } : {}),
    ...(notification.lastError ? { lastError: notification.lastError } : {}),
    ...(notification.receipt ? { receipt: { ...notification.receipt, deliveredAt: notification.receipt.deliveredAt.toISOString() } } : {}),
    ...(notification.status === 'queued' && notification.queued ? { queued: { ...notification.queued, queuedAt: notification.queued.queuedAt.toISOString() } } : {}),
  };
}
