import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IdentityAttributeKind, IdentityAttributeKinds } from '@harbour/contracts';
import { PossibleDuplicate, PossibleDuplicateStatus, PossibleDuplicateStatuses } from './cross-matching.schema';

/** What a reviewer sees: pseudonymous ids and which kinds of attribute matched, never who the person is. */
export class PossibleDuplicateView {
  @ApiProperty({ format: 'uuid' })
  matchId: string;

  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ format: 'uuid' })
  otherJourneyId: string;

  @ApiProperty({ enum: IdentityAttributeKinds, isArray: true })
  matchedOn: IdentityAttributeKind[];

  @ApiProperty({ enum: PossibleDuplicateStatuses })
  status: PossibleDuplicateStatus;

  @ApiProperty({ format: 'date-time' })
  raisedAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  reviewedAt?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  mergeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  mergedJourneyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  survivingJourneyId?: string;
}

export function toPossibleDuplicateView(item: PossibleDuplicate): PossibleDuplicateView {
  const { review } = item;
  return {
    matchId: item._id,
    journeyId: item.journeyId,
    otherJourneyId: item.otherJourneyId,
    matchedOn: item.matchedOn,
    status: item.status,
    raisedAt: item.raisedAt.toISOString(),
    ...(review ? { reviewedAt: review.reviewedAt.toISOString() } : {}),
    ...(review?.mergeId ? { mergeId: review.mergeId, mergedJourneyId: review.mergedJourneyId, survivingJourneyId: review.survivingJourneyId } : {}),
  };
}
