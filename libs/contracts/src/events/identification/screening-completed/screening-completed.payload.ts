import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { ScreeningRecommendation, ScreeningRecommendations } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';
import { JourneyDoorFields } from '../../journey-door';

/**
 * A first responder screened a person against the trafficking-indicator checklist. It carries
 * the checklist's indicator ids and its version, never what was observed in words; the
 * recommendation is advice to refer, never an identification decision.
 */
export class ScreeningCompleted extends JourneyDoorFields {
  @IsUUID()
  screeningId: string;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  completedAt: string;

  @IsIn(ScreeningRecommendations)
  recommendation: ScreeningRecommendation;

  /** Ids of the indicators observed, as the checklist of `checklistVersion` names them. */
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { each: true, message: 'indicatorIds must hold checklist indicator ids' })
  indicatorIds: string[];

  @Matches(/^[0-9]{4}\.[0-9]+$/, { message: 'checklistVersion must look like "2026.1"' })
  checklistVersion: string;
}
