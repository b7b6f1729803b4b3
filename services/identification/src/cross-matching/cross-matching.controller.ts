import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { JourneyParamsDto, RecordParamsDto } from '../shared/request-params.dto';
import { PossibleDuplicatesRepository } from './cross-matching.repositories';
import { MergeJourneysDto, PossibleDuplicateQueryDto, RecordIdentityDto } from './cross-matching-requests.dto';
import { PossibleDuplicateView, toPossibleDuplicateView } from './possible-duplicate.view';
import { RecordIdentity } from './record-identity';
import { ReviewPossibleDuplicate } from './review-possible-duplicate';

/**
 * Reviewers are NRM decision makers: whether two records are one person is an identification
 * question with legal weight (it joins two victims' deadlines and decisions), and they already
 * answer for identification. Operations analysts watch the system, not individual identities.
 */
@ApiTags('cross-matching')
@ApiBearerAuth()
@Controller()
export class CrossMatchingController {
  constructor(
    private readonly recordIdentity: RecordIdentity,
    private readonly possibleDuplicates: PossibleDuplicatesRepository,
    private readonly review: ReviewPossibleDuplicate,
  ) {}

  @Post('journeys/:journeyId/identity-records')
  @JourneyScoped()
  @HttpCode(201)
  @Roles('first-responder', 'nrm-decision-maker')
  @ApiOperation({ summary: "Record the person's identity attributes (encrypted); a match with another journey goes to a reviewer" })
  @ApiCreatedResponse({ description: '{ identityRecordId, journeyId, recordedAt }' })
  async record(
    @CurrentPrincipal() principal: Principal,
    @Param() { journeyId }: JourneyParamsDto,
    @Body() attributes: RecordIdentityDto,
  ): Promise<{ identityRecordId: string; journeyId: string; recordedAt: string }> {
    const record = await this.recordIdentity.execute(journeyId, attributes, principal.subject);
    return { identityRecordId: record._id, journeyId, recordedAt: record.recordedAt.toISOString() };
  }

  @Get('possible-duplicates')
  @Roles('nrm-decision-maker')
  @ApiOperation({ summary: 'Possible duplicate journeys to review, the oldest first' })
  @ApiOkResponse({ type: PossibleDuplicateView, isArray: true })
  async list(@Query() { status, limit }: PossibleDuplicateQueryDto): Promise<PossibleDuplicateView[]> {
    return (await this.possibleDuplicates.list(status, limit)).map(toPossibleDuplicateView);
  }

  @Post('possible-duplicates/:id/merge')
  @HttpCode(200)
  @Roles('nrm-decision-maker')
  @ApiOperation({ summary: 'Merge the two journeys: audited, published on the merged journey' })
  @ApiOkResponse({ type: PossibleDuplicateView })
  async merge(@CurrentPrincipal() principal: Principal, @Param() { id }: RecordParamsDto, @Body() { survivingJourneyId }: MergeJourneysDto): Promise<PossibleDuplicateView> {
    return toPossibleDuplicateView(await this.review.merge(id, survivingJourneyId, principal.subject));
  }

  @Post('possible-duplicates/:id/rejection')
  @HttpCode(200)
  @Roles('nrm-decision-maker')
  @ApiOperation({ summary: 'Not the same person: close the review item, audited' })
  @ApiOkResponse({ type: PossibleDuplicateView })
  async reject(@CurrentPrincipal() principal: Principal, @Param() { id }: RecordParamsDto): Promise<PossibleDuplicateView> {
    return toPossibleDuplicateView(await this.review.reject(id, principal.subject));
  }
}
