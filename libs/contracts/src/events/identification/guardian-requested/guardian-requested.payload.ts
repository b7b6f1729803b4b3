import { IsISO8601, IsUUID } from 'class-validator';

/** A guardian was asked for, for a child or a person presumed to be one (ATD Art 13(2), CETS 197 Art 10(4)). */
export class GuardianRequested {
  @IsUUID()
  guardianRequestId: string;

  @IsISO8601({ strict: true })
  requestedAt: string;
}
