import { Claim, CrossBorderApplication } from '../claims/claim';
import { ClaimNotFoundError, InvalidClaimRequestError } from '../claims/claim-errors';

/** The claim as a cross-border one of this journey, or the error that no retry can mend. */
export function crossBorderClaimOf(claim: Claim, journeyId: string): Claim & { crossBorder: CrossBorderApplication } {
  // A claim of another journey answers as unknown: the command named the wrong pair.
  if (claim.journeyId !== journeyId) throw new ClaimNotFoundError(claim._id);
  if (!claim.crossBorder) throw new InvalidClaimRequestError(`claim ${claim._id} is a national claim, not a cross-border application`);
  return claim as Claim & { crossBorder: CrossBorderApplication };
}
