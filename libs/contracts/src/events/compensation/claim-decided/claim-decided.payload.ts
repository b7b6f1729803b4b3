import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { CompensationOutcome, CompensationOutcomes } from '../../../vocabulary/compensation-vocabulary';

/** The claim (or its appeal) was decided; the appeal window closes at appealDeadline. */
export class ClaimDecided {
  @IsUUID()
  claimId: string;

  @IsIn(CompensationOutcomes)
  outcome: CompensationOutcome;

  @IsISO8601({ strict: true })
  decidedAt: string;

  @IsISO8601({ strict: true })
  appealDeadline: string;
}
