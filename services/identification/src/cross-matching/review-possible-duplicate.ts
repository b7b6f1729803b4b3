import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CloudEvent, JourneysMergedEvent } from '@harbour/contracts';
import { AuditLog } from '@harbour/security';
import { RecordNotFoundError, RequestRefusedError, StepNotAllowedError } from '../shared/identification-errors';
import { journeyFact } from '../shared/journey-fact';
import { PossibleDuplicatesRepository } from './cross-matching.repositories';
import { DuplicateReview, PossibleDuplicate } from './cross-matching.schema';

/**
 * A reviewer merges two journeys found to be one person's, or rejects the match. Each review is
 * taken once, on an item that is still current, and written to the audit log's hash chain.
 */
@Injectable()
export class ReviewPossibleDuplicate {
  constructor(
    private readonly possibleDuplicates: PossibleDuplicatesRepository,
    private readonly audit: AuditLog,
  ) {}

  async merge(matchId: string, survivingJourneyId: string, actor: string): Promise<PossibleDuplicate> {
    const item = await this.openItem(matchId);
    const pair = [item.journeyId, item.otherJourneyId];
    if (!pair.includes(survivingJourneyId)) {
      throw new RequestRefusedError('survivingJourneyId must be one of the two journeys of this possible duplicate');
    }
    const earlier = await this.possibleDuplicates.mergeOfAny(pair);
    if (earlier) {
      throw new StepNotAllowedError(
        `this review is stale: journey ${earlier.review?.mergedJourneyId} was already merged into journey ${earlier.review?.survivingJourneyId}`,
      );
    }
    const mergedJourneyId = pair.find((journeyId) => journeyId !== survivingJourneyId)!;
    const review: DuplicateReview = { reviewedAt: new Date(), reviewedBy: actor, mergeId: randomUUID(), mergedJourneyId, survivingJourneyId };
    // Published on the merged journey: it is the one that learns where it continues.
    const fact = journeyFact(JourneysMergedEvent, mergedJourneyId, review.reviewedAt, {
      mergeId: review.mergeId!,
      mergedJourneyId,
      survivingJourneyId,
      mergedAt: review.reviewedAt.toISOString(),
    });
    return this.close(item, 'merged', review, [fact]);
  }

  async reject(matchId: string, actor: string): Promise<PossibleDuplicate> {
    const item = await this.openItem(matchId);
    return this.close(item, 'rejected', { reviewedAt: new Date(), reviewedBy: actor }, []);
  }

  private async openItem(matchId: string): Promise<PossibleDuplicate> {
    const item = await this.possibleDuplicates.findById(matchId);
    if (!item) throw new RecordNotFoundError('possible duplicate', matchId);
    if (item.status !== 'open') throw new StepNotAllowedError(`this possible duplicate was already reviewed: ${item.status}`);
    return item;
  }

  private async close(item: PossibleDuplicate, status: 'merged' | 'rejected', review: DuplicateReview, facts: readonly CloudEvent[]): Promise<PossibleDuplicate> {
    const closed = await this.possibleDuplicates.updateWithFacts(item.journeyId, { _id: item._id, status: 'open' }, { $set: { status, review } }, facts);
    if (!closed) throw new StepNotAllowedError('this possible duplicate was reviewed meanwhile');
    await this.audit.record({
      actor: review.reviewedBy,
      action: status === 'merged' ? 'journeys.merge' : 'possible-duplicate.reject',
      resource: `possible-duplicate/${item._id}`,
      journeyId: review.mergedJourneyId ?? item.journeyId,
    });
    return { ...item, status, review };
  }
}
