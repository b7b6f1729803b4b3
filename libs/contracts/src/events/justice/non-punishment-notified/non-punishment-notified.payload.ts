import { IsISO8601, IsUUID } from 'class-validator';

/** The prosecution was told that a suspect is a presumed victim of trafficking (ATD Art 8, CETS 197 Art 26). */
export class NonPunishmentNotified {
  /** The non-punishment flag raised on the journey. */
  @IsUUID()
  flagId: string;

  @IsISO8601({ strict: true })
  notifiedAt: string;
}
