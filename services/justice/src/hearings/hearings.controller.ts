import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { JourneyParamsDto } from '../facts/journey-params.dto';
import { BookInterpretation } from './book-interpretation';
import { DecideArrangement } from './decide-arrangement';
import { ArrangementDecisionDto, ArrangementParamsDto, HearingParamsDto, ScheduleHearingDto } from './hearing-requests.dto';
import { HearingRepository } from './hearing.repository';
import { toHearingView } from './hearing.view';
import { ScheduleHearing } from './schedule-hearing';

@ApiTags('participation')
@ApiBearerAuth()
@Controller()
export class HearingsController {
  constructor(
    private readonly hearings: HearingRepository,
    private readonly scheduleHearing: ScheduleHearing,
    private readonly bookInterpretation: BookInterpretation,
    private readonly decideArrangement: DecideArrangement,
  ) {}

  @Post('journeys/:journeyId/hearings')
  @JourneyScoped({ from: 'path', joins: 'justice-authority' })
  @HttpCode(201)
  @Roles('prosecutor-liaison')
  @ApiOperation({ summary: 'Record an interview or hearing of the victim, its interpretation need and the arrangements requested' })
  @ApiCreatedResponse({ description: 'The hearing with each arrangement request and its due date' })
  schedule(@Param() { journeyId }: JourneyParamsDto, @Body() request: ScheduleHearingDto, @CurrentPrincipal() principal: Principal) {
    return this.scheduleHearing.execute(journeyId, request, principal.subject);
  }

  @Get('journeys/:journeyId/hearings')
  @JourneyScoped()
  @Roles('prosecutor-liaison', 'support-case-worker')
  @ApiOperation({ summary: "The journey's hearings, their interpretation bookings and arrangement requests" })
  async list(@Param() { journeyId }: JourneyParamsDto) {
    return (await this.hearings.find(journeyId, {}, { sort: { scheduledFor: 1 }, limit: 200 })).map(toHearingView);
  }

  @Post('hearings/:hearingId/interpretation-booking')
  @JourneyScoped({ from: 'record', record: 'hearing', param: 'hearingId' })
  @HttpCode(201)
  @Roles('prosecutor-liaison')
  @ApiOperation({ summary: 'Record that an interpreter was booked for the hearing (VRD Art 7)' })
  @ApiCreatedResponse({ description: '{ hearingId, bookingId, bookedAt }; booking again answers with the first booking' })
  @ApiConflictResponse({ description: 'The hearing needs no interpreter' })
  book(@Param() { hearingId }: HearingParamsDto, @CurrentPrincipal() principal: Principal) {
    return this.bookInterpretation.execute(hearingId, principal.subject);
  }

  @Post('hearings/:hearingId/arrangements/:arrangement/decision')
  @JourneyScoped({ from: 'record', record: 'hearing', param: 'hearingId' })
  @HttpCode(200)
  @Roles('prosecutor-liaison')
  @ApiOperation({ summary: 'Record the answer to an arrangement request: granted, or refused with a reason code' })
  @ApiOkResponse({ description: 'The hearing with its arrangements' })
  @ApiConflictResponse({ description: 'Not requested for this hearing, or already answered' })
  decide(@Param() { hearingId, arrangement }: ArrangementParamsDto, @Body() body: ArrangementDecisionDto, @CurrentPrincipal() principal: Principal) {
    return this.decideArrangement.execute(hearingId, arrangement, body, principal.subject);
  }
}
