import { ApiProperty } from '@nestjs/swagger';
import { ConflictException, Injectable } from '@nestjs/common';
import { IsUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { MilestoneRepository } from '../milestones/milestone.repository';
import { ReviewRequestRepository } from './review-request';

export class RequestReviewDto {
  @ApiProperty({ format: 'uuid', description: 'The decision-not-to-prosecute milestone the victim wants reviewed' })
  @IsUUID(undefined, { message: 'milestoneId must be a milestone id (UUID)' })
  milestoneId: string;
}

export interface ReviewRequestReceipt {
  reviewRequestId: string;
  milestoneId: string;
  requestedAt: string;
}

/**
 * Records the victim's request for a review of a decision not to prosecute. There must be
 * such a decision on the journey; asking twice about one decision answers with the first request.
 */
@Injectable()
export class RequestReview {
  constructor(
    private readonly milestones: MilestoneRepository,
    private readonly requests: ReviewRequestRepository,
  ) {}

  async execute(journeyId: string, { milestoneId }: RequestReviewDto, requestedBy: string): Promise<ReviewRequestReceipt> {
    const decision = await this.milestones.findOne(journeyId, { _id: milestoneId, milestone: 'decision-not-to-prosecute' });
    if (!decision) throw new ConflictException('no decision not to prosecute with this milestoneId is recorded on the journey: there is nothing to review');
    const { record } = await this.requests.insertWithFacts(
      { _id: randomUUID(), journeyId, milestoneId, requestedAt: new Date(), requestedBy },
      [],
      () => this.requests.findOne(journeyId, { milestoneId }),
    );
    return { reviewRequestId: record._id, milestoneId, requestedAt: record.requestedAt.toISOString() };
  }
}
