import { Type } from 'class-transformer';
import { TaskQueues, Topics } from '@harbour/contracts';
import { IsEmail, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const QUEUE_OR_TOPIC = /^[A-Za-z0-9._-]{1,200}$/;

/** The justice service's own settings, validated at boot (see provideConfig). */
export class JusticeConfig {
  /** The task queue of the activity worker; `justice` unless tests isolate themselves on another one. */
  @IsOptional()
  @Matches(QUEUE_OR_TOPIC, { message: 'JUSTICE_TASK_QUEUE may hold letters, digits and . _ - only' })
  JUSTICE_TASK_QUEUE?: string;

  /** The inbound topic national systems write milestones to; harbour.justice.milestones.inbound.v1 unless tests isolate themselves. */
  @IsOptional()
  @Matches(QUEUE_OR_TOPIC, { message: 'JUSTICE_MILESTONES_TOPIC may hold letters, digits and . _ - only' })
  JUSTICE_MILESTONES_TOPIC?: string;

  @IsOptional()
  @Matches(QUEUE_OR_TOPIC, { message: 'JUSTICE_MILESTONES_GROUP may hold letters, digits and . _ - only' })
  JUSTICE_MILESTONES_GROUP?: string;

  /** The SMTP server that sends victims' e-mail notifications. */
  @IsOptional()
  @IsString()
  @Length(1, 253)
  JUSTICE_SMTP_HOST?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  JUSTICE_SMTP_PORT?: number;

  @IsOptional()
  @IsEmail({}, { message: 'JUSTICE_MAIL_FROM must be an e-mail address' })
  JUSTICE_MAIL_FROM?: string;

  /** How often due notifications are looked for when nothing nudges the dispatcher. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(50)
  JUSTICE_NOTIFICATION_POLL_MS?: number;

  /** The wait after a first failed delivery; doubled after every failure up to an hour. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(10)
  JUSTICE_NOTIFICATION_RETRY_MS?: number;
}

export type JusticeSettings = ReturnType<typeof justiceSettings>;

/** The settings with their defaults filled in. */
export function justiceSettings(config: JusticeConfig) {
  return {
    taskQueue: config.JUSTICE_TASK_QUEUE ?? TaskQueues.justice,
    milestonesTopic: config.JUSTICE_MILESTONES_TOPIC ?? Topics.justiceMilestonesInbound,
    milestonesGroup: config.JUSTICE_MILESTONES_GROUP ?? 'justice-milestones-inbound',
    smtp: { host: config.JUSTICE_SMTP_HOST ?? '127.0.0.1', port: config.JUSTICE_SMTP_PORT ?? 25 },
    mailFrom: config.JUSTICE_MAIL_FROM ?? 'notifications@harbour.invalid',
    pollIntervalMs: config.JUSTICE_NOTIFICATION_POLL_MS ?? 5_000,
    retryBaseMs: config.JUSTICE_NOTIFICATION_RETRY_MS ?? 30_000,
  };
}
