import { IsISO8601, IsUUID } from 'class-validator';

/**
 * An anonymous report was turned into a named report by its sender. Published on the anonymous
 * case's own subject; the named journey learns of it from ReportReceived.fromAnonymousReportId.
 */
export class ReportLinkedToJourney {
  /** The anonymous report. */
  @IsUUID()
  reportId: string;

  @IsISO8601({ strict: true })
  linkedAt: string;
}
