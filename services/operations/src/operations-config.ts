import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUrl, Matches, Max, Min } from 'class-validator';

/** The operations service's own settings, validated at boot (see provideConfig). */
export class OperationsConfig {
  /**
   * The consumer group of the read model; `operations` unless a test or a rebuild uses another
   * (a new group reads every topic from the beginning into an empty database).
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'OPERATIONS_CONSUMER_GROUP may hold letters, digits and . _ - only' })
  OPERATIONS_CONSUMER_GROUP?: string;

  /** Where the console links a journey's workflow; the local Temporal UI by default. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'OPERATIONS_TEMPORAL_UI_URL must be an http(s) URL' })
  OPERATIONS_TEMPORAL_UI_URL?: string;

  /** Counts under this are suppressed in the monitoring statistics, so that no victim can be singled out (10 by default). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'OPERATIONS_SUPPRESSION_THRESHOLD must be a whole number' })
  @Min(2, { message: 'OPERATIONS_SUPPRESSION_THRESHOLD must be at least 2' })
  @Max(1000)
  OPERATIONS_SUPPRESSION_THRESHOLD?: number;
}
