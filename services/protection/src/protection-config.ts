import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** The protection service's own settings, validated at boot (see provideConfig). */
export class ProtectionConfig {
  /** The task queue of the activity worker; `protection` unless tests isolate themselves on another one. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'PROTECTION_TASK_QUEUE may hold letters, digits and . _ - only' })
  PROTECTION_TASK_QUEUE?: string;

  /** How often the service expires measures whose end has come; 0 turns it off (tests drive it themselves). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'PROTECTION_EXPIRY_SWEEP_SECONDS must be a whole number of seconds' })
  @Min(0)
  @Max(86_400)
  PROTECTION_EXPIRY_SWEEP_SECONDS?: number;
}
