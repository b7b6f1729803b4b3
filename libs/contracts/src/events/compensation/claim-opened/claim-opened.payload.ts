import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { CompensationScheme, CompensationSchemes } from '../../../vocabulary/compensation-vocabulary';
import { JourneyDoorFields } from '../../journey-door';

/** A compensation claim was opened; the journey's application window counts from the crime date. */
export class ClaimOpened extends JourneyDoorFields {
  @IsUUID()
  claimId: string;

  @IsIn(CompensationSchemes)
  scheme: CompensationScheme;

  @IsISO8601({ strict: true })
  crimeDate: string;

  @IsISO8601({ strict: true })
  openedAt: string;
}
