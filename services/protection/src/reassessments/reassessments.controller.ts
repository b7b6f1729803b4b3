import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ReassessmentReason, ReassessmentReasons } from '@harbour/contracts';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { JourneyParamsDto } from '../journey-params.dto';
import { RequestReassessment, UrgentReassessmentReasons } from './request-reassessment';

export class RequestReassessmentDto {
  @ApiProperty({ enum: ReassessmentReasons })
  @IsIn(ReassessmentReasons)
  reason: ReassessmentReason;

  @ApiPropertyOptional({ description: `Defaults to true for ${UrgentReassessmentReasons.join(', ')}` })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;
}

export class ReassessmentRequestView {
  @ApiProperty({ format: 'uuid' })
  requestId: string;

  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ enum: ReassessmentReasons })
  reason: ReassessmentReason;

  @ApiProperty()
  urgent: boolean;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;
}

@ApiTags('assessments')
@ApiBearerAuth()
@Roles('protection-officer')
@Controller('journeys/:journeyId/reassessment-requests')
export class ReassessmentsController {
  constructor(private readonly requestReassessment: RequestReassessment) {}

  @Post()
  @JourneyScoped({ from: 'path', joins: 'protection-authority' })
  @HttpCode(201)
  @ApiOperation({ summary: "Ask for the victim's protection needs to be assessed again; the next assessment answers it" })
  @ApiCreatedResponse({ type: ReassessmentRequestView })
  async request(@Param() { journeyId }: JourneyParamsDto, @Body() body: RequestReassessmentDto, @CurrentPrincipal() principal: Principal): Promise<ReassessmentRequestView> {
    const request = await this.requestReassessment.execute({ journeyId, ...body, requestedBy: principal.subject });
    return { requestId: request._id, journeyId, reason: request.reason, urgent: request.urgent, requestedAt: request.requestedAt.toISOString() };
  }
}
