import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { PRODUCTION_RETRY_SCHEDULE, RetrySchedule } from './webhooks/retry-schedule';
import { WebhookAddressPolicy } from './webhooks/webhook-address';

@ValidatorConstraint({ name: 'offInProduction' })
class OffInProduction implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return !(value === 'true' && (args.object as SupportConfig).NODE_ENV === 'production');
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} cannot be "true" when NODE_ENV is production`;
  }
}

/** The support service's own settings, validated at boot (see provideConfig). */
export class SupportConfig {
  /** `true` upserts the demo directory on every boot; for local runs, demos and tests. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'HARBOUR_SEED_DEMO_DIRECTORY must be "true" or "false"' })
  HARBOUR_SEED_DEMO_DIRECTORY?: 'true' | 'false';

  /** The task queue of the activity worker; `support` unless tests isolate themselves on another one. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'SUPPORT_TASK_QUEUE may hold letters, digits and . _ - only' })
  SUPPORT_TASK_QUEUE?: string;

  /** Tries of a webhook delivery before it is dead-lettered (10 unless set). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SUPPORT_WEBHOOK_MAX_ATTEMPTS must be a whole number' })
  @Min(1)
  @Max(50)
  SUPPORT_WEBHOOK_MAX_ATTEMPTS?: number;

  /** Wait after the first failed try, doubled after each further one (15000 unless set). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SUPPORT_WEBHOOK_FIRST_RETRY_MS must be a whole number of milliseconds' })
  @Min(1)
  SUPPORT_WEBHOOK_FIRST_RETRY_MS?: number;

  /** Longest wait between two tries (2 hours unless set). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SUPPORT_WEBHOOK_MAX_RETRY_MS must be a whole number of milliseconds' })
  @Min(1)
  SUPPORT_WEBHOOK_MAX_RETRY_MS?: number;

  /** How often the delivery worker looks for due deliveries when nothing wakes it (1000 unless set). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SUPPORT_WEBHOOK_POLL_MS must be a whole number of milliseconds' })
  @Min(10)
  SUPPORT_WEBHOOK_POLL_MS?: number;

  /** How long a receiver has to answer one try (10000 unless set). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SUPPORT_WEBHOOK_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(100)
  SUPPORT_WEBHOOK_TIMEOUT_MS?: number;

  /** `true` lets webhooks go to http and loopback receivers, for tests; refused in production. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'SUPPORT_WEBHOOK_TEST_MODE must be "true" or "false"' })
  @Validate(OffInProduction)
  SUPPORT_WEBHOOK_TEST_MODE?: 'true' | 'false';

  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  get webhookAddressPolicy(): WebhookAddressPolicy {
    return { testMode: this.SUPPORT_WEBHOOK_TEST_MODE === 'true' };
  }

  get webhookRetrySchedule(): RetrySchedule {
    return {
      ...PRODUCTION_RETRY_SCHEDULE,
      maxAttempts: this.SUPPORT_WEBHOOK_MAX_ATTEMPTS ?? PRODUCTION_RETRY_SCHEDULE.maxAttempts,
      firstDelayMs: this.SUPPORT_WEBHOOK_FIRST_RETRY_MS ?? PRODUCTION_RETRY_SCHEDULE.firstDelayMs,
      maxDelayMs: this.SUPPORT_WEBHOOK_MAX_RETRY_MS ?? PRODUCTION_RETRY_SCHEDULE.maxDelayMs,
    };
  }
}
