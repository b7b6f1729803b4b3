import { IsOptional, IsUrl, Matches } from 'class-validator';

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
}
