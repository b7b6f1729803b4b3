import { IsISO8601, IsUUID } from 'class-validator';

/** The deciding authority had not acknowledged a transmitted application and was chased. */
export class DecidingAuthorityChased {
  @IsUUID()
  claimId: string;

  @IsUUID()
  chaseId: string;

  @IsISO8601({ strict: true })
  chasedAt: string;
}
