import { IsISO8601, IsUUID } from 'class-validator';

/** A reviewer confirmed two journeys are one person's: the merged journey continues as the surviving one. Published on the merged journey. */
export class JourneysMerged {
  @IsUUID()
  mergeId: string;

  @IsUUID()
  mergedJourneyId: string;

  @IsUUID()
  survivingJourneyId: string;

  @IsISO8601({ strict: true })
  mergedAt: string;
}
