import { IsBoolean } from 'class-validator';
import { GroundsDecided } from '../grounds-decided.payload';

/** The conclusive-grounds decision on the person's identification as a victim; during the recovery period only the person may ask for it (CETS 197 Art 13). */
export class ConclusiveGroundsDecided extends GroundsDecided {
  /** Whether the person asked for the decision; it makes a decision before the recovery period ends valid. */
  @IsBoolean()
  requestedByPerson: boolean;
}
