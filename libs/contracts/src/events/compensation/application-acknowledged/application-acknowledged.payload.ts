import { IsISO8601, IsUUID } from 'class-validator';

/** Directive 2004/80/EC Art 7: the deciding authority acknowledged the application, named a contact and when it expects to decide. */
export class ApplicationAcknowledged {
  @IsUUID()
  claimId: string;

  @IsISO8601({ strict: true })
  acknowledgedAt: string;

  @IsISO8601({ strict: true })
  estimatedDecisionBy: string;
}
