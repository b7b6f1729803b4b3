import { IsBoolean, IsIn, IsISO8601, IsUUID } from 'class-validator';
import { GroundsDecision, GroundsDecisions } from '../../../vocabulary/vocabulary';

/** The conclusive-grounds decision on the person's identification as a victim; during the recovery period only the person may ask for it (CETS 197 Art 13). */
export class ConclusiveGroundsDecided {
  @IsUUID()
  nrmReferralId: string;

  @IsIn(GroundsDecisions)
  decision: GroundsDecision;

  @IsISO8601({ strict: true })
  decidedAt: string;

  /** Whether the person asked for the decision; it makes a decision before the recovery period ends valid. */
  @IsBoolean()
  requestedByPerson: boolean;
}
