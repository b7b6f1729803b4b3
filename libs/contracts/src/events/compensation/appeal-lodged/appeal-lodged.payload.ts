import { IsISO8601, IsUUID } from 'class-validator';

/** An appeal against the decision was lodged within the appeal window. */
export class AppealLodged {
  @IsUUID()
  claimId: string;

  @IsUUID()
  appealId: string;

  @IsISO8601({ strict: true })
  lodgedAt: string;
}
