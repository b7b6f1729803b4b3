import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { partyOf } from '../shared/party';
import { RecordParamsDto } from '../shared/request-params.dto';
import { CompleteScreening } from './complete-screening';
import { ReadScreening } from './read-screening';
import { CreateScreeningDto } from './screening-requests.dto';
import { ScreeningView, toScreeningView } from './screening.view';

@ApiTags('screenings')
@ApiBearerAuth()
@Controller('screenings')
export class ScreeningsController {
  constructor(
    private readonly completeScreening: CompleteScreening,
    private readonly readScreening: ReadScreening,
  ) {}

  @Post()
  @JourneyScoped({ from: 'body', joins: 'screened' })
  @HttpCode(201)
  @Roles('first-responder')
  @ApiOperation({ summary: 'Screen a person against the trafficking-indicator checklist: flags and a recommendation, never a decision' })
  @ApiCreatedResponse({ type: ScreeningView })
  async create(@CurrentPrincipal() principal: Principal, @Body() screening: CreateScreeningDto): Promise<ScreeningView> {
    return toScreeningView(await this.completeScreening.execute({ screening, recordedBy: principal.subject, recordedByParty: partyOf(principal), organisationId: principal.organisationId }));
  }

  @Get(':id')
  @JourneyScoped({ from: 'record', record: 'screening', param: 'id' })
  @Roles('first-responder', 'nrm-decision-maker')
  @ApiOperation({ summary: "A screening with the observations in words; a first responder reads only their own organisation's" })
  @ApiOkResponse({ type: ScreeningView })
  read(@CurrentPrincipal() principal: Principal, @Param() { id }: RecordParamsDto): Promise<ScreeningView> {
    return this.readScreening.execute(principal, id);
  }
}
