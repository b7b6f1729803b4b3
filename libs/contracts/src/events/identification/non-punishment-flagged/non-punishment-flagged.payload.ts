import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { NonPunishmentOffenceCategory, PublishableOffenceCategories } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';

/**
 * A presumed victim is also suspected of an offence linked to the trafficking: the prosecution
 * must be told so that they are not punished for it (ATD Art 8; CETS 197 Art 26).
 */
export class NonPunishmentFlagged {
  @IsUUID()
  flagId: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  flaggedAt: string;

  /**
   * The kind of offence suspected, when known; a category, never the facts. Immigration and
   * document fraud are never published: the fact then says only that an offence linked to the
   * trafficking is suspected.
   */
  @IsOptional()
  @IsIn(PublishableOffenceCategories, { message: 'offenceCategory must be a category that may be published (never immigration or document-fraud)' })
  offenceCategory?: NonPunishmentOffenceCategory;
}
