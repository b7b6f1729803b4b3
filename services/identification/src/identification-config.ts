import { IsOptional, Matches } from 'class-validator';

/** The identification service's own settings, validated at boot (see provideConfig). */
export class IdentificationConfig {
  /** The task queue of the activity worker; `identification` unless tests isolate themselves on another one. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'IDENTIFICATION_TASK_QUEUE may hold letters, digits and . _ - only' })
  IDENTIFICATION_TASK_QUEUE?: string;
}
