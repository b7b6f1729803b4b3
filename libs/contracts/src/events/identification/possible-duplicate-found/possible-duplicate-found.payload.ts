import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsUUID } from 'class-validator';
import { IdentityAttributeKind, IdentityAttributeKinds } from '../../../vocabulary/vocabulary';

/**
 * The keyed hashes of this journey's identity attributes equal another journey's: the two may be
 * the same person and a reviewer should look. Only which kinds of attribute matched, never them.
 */
export class PossibleDuplicateFound {
  @IsUUID()
  matchId: string;

  @IsUUID()
  otherJourneyId: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(IdentityAttributeKinds, { each: true })
  matchedOn: IdentityAttributeKind[];
}
