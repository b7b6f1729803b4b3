import { IsOptional, Matches } from 'class-validator';

/** The compensation service's own settings, validated at boot (see provideConfig). */
export class CompensationConfig {
  /** The task queue of the activity worker; `compensation` unless tests isolate themselves on another one. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'COMPENSATION_TASK_QUEUE may hold letters, digits and . _ - only' })
  COMPENSATION_TASK_QUEUE?: string;
}
