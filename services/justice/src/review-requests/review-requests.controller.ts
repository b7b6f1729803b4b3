import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { JourneyParamsDto } from '../facts/journey-params.dto';
import { RequestReview, RequestReviewDto } from './request-review';

@ApiTags('participation')
@ApiBearerAuth()
@Controller('journeys/:journeyId/review-requests')
export class ReviewRequestsController {
  constructor(private readonly requestReview: RequestReview) {}

  @Post()
  @HttpCode(201)
  @Roles('support-case-worker', 'prosecutor-liaison')
  @JourneyScoped()
  @ApiOperation({ summary: 'Request, for the victim, a review of a decision not to prosecute' })
  @ApiCreatedResponse({ description: '{ reviewRequestId, milestoneId, requestedAt }' })
  @ApiConflictResponse({ description: 'No decision not to prosecute with that id on the journey' })
  request(@Param() { journeyId }: JourneyParamsDto, @Body() body: RequestReviewDto, @CurrentPrincipal() principal: Principal) {
    return this.requestReview.execute(journeyId, body, principal.subject);
  }
}
