import { IsIn, IsOptional, Matches } from 'class-validator';

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
}
