import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** The reporting service's own settings, validated at boot (see provideConfig). */
export class ReportingConfig {
  /** The task queue of the activity worker; `reporting` unless tests isolate themselves on another one. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'REPORTING_TASK_QUEUE may hold letters, digits and . _ - only' })
  REPORTING_TASK_QUEUE?: string;

  /** Requests one client may make to the public anonymous-report routes per window (default 10). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'REPORTING_ANONYMOUS_LIMIT must be a whole number' })
  @Min(1)
  @Max(100_000)
  REPORTING_ANONYMOUS_LIMIT?: number;

  /** Length of that window in seconds (default 600). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'REPORTING_ANONYMOUS_WINDOW_SECONDS must be a whole number' })
  @Min(1)
  @Max(86_400)
  REPORTING_ANONYMOUS_WINDOW_SECONDS?: number;
}
