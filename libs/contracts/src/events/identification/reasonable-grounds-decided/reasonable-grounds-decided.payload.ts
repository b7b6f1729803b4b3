import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { GroundsDecision, GroundsDecisions } from '../../../vocabulary/vocabulary';

/** The competent authority decided whether there are reasonable grounds to believe the person is a victim. */
export class ReasonableGroundsDecided {
  @IsUUID()
  nrmReferralId: string;

  @IsIn(GroundsDecisions)
  decision: GroundsDecision;

  @IsISO8601({ strict: true })
  decidedAt: string;
}
