import { IsIn, IsISO8601, Matches } from 'class-validator';
import { ParticipationBasis, ParticipationBases } from '../../../vocabulary/participation-vocabulary';

/**
 * An organisation took part in a journey by acting on it (reporting, screening, referring to
 * the NRM, holding the protection, justice or compensation case). Every service keeps the
 * participants it needs from these facts and the referral facts of support.
 */
export class ParticipantJoined {
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'organisationId must be an organisation id such as "be-payoke"' })
  organisationId: string;

  @IsIn(ParticipationBases)
  basis: ParticipationBasis;

  @IsISO8601({ strict: true })
  joinedAt: string;
}
