import { Body, Controller, Get, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { doorFields } from '@harbour/service-runtime';
import { IdParamsDto, JourneyParamsDto } from '../journey-params.dto';
import { ChangeMeasure } from './change-measure';
import { MeasureNotFoundError } from './measure-errors';
import { MeasureErrorsFilter } from './measure-errors.filter';
import { BreachDto, RenewalDto, renewalStep, RevocationDto, TakeMeasureDto } from './measure-requests.dto';
import { MeasureView, toMeasureView } from './measure.view';
import { MeasureRepository } from './measure.repository';
import { ReportBreach } from './report-breach';
import { TakeMeasure } from './take-measure';

/** Protection measures and orders. Protection officers record and change them; prosecutor liaisons read them. */
@ApiTags('measures')
@ApiBearerAuth()
@UseFilters(MeasureErrorsFilter)
@Controller()
export class MeasuresController {
  constructor(
    private readonly measures: MeasureRepository,
    private readonly takeMeasure: TakeMeasure,
    private readonly changeMeasure: ChangeMeasure,
    private readonly reportBreach: ReportBreach,
  ) {}

  @Post('journeys/:journeyId/measures')
  @JourneyScoped({ from: 'path', joins: 'protection-authority' })
  @HttpCode(201)
  @Roles('protection-officer')
  @ApiOperation({ summary: 'Record a protection measure or order; an order sends OrderIssued to the journey, with the door fields and the caller\'s organisation' })
  @ApiCreatedResponse({ type: MeasureView })
  async take(@Param() { journeyId }: JourneyParamsDto, @Body() body: TakeMeasureDto, @CurrentPrincipal() principal: Principal): Promise<MeasureView> {
    const measure = await this.takeMeasure.execute({
      journeyId,
      kind: body.kind,
      startsAt: new Date(body.startsAt),
      endsAt: body.endsAt === undefined ? undefined : new Date(body.endsAt),
      takenBy: principal.subject,
      door: doorFields(body, principal.organisationId),
    });
    return toMeasureView(measure);
  }

  @Get('journeys/:journeyId/measures')
  @JourneyScoped()
  @Roles('protection-officer', 'prosecutor-liaison')
  @ApiOperation({ summary: "The journey's measures, the latest first" })
  @ApiOkResponse({ type: [MeasureView] })
  async ofJourney(@Param() { journeyId }: JourneyParamsDto): Promise<MeasureView[]> {
    return (await this.measures.ofJourney(journeyId)).map(toMeasureView);
  }

  @Get('measures/:id')
  @JourneyScoped({ from: 'record', record: 'measure', param: 'id' })
  @Roles('protection-officer', 'prosecutor-liaison')
  @ApiOperation({ summary: 'A measure with its renewals, breaches, reminders and, for an EPO, its recognition' })
  @ApiOkResponse({ type: MeasureView })
  async read(@Param() { id }: IdParamsDto): Promise<MeasureView> {
    const measure = await this.measures.findById(id);
    if (!measure) throw new MeasureNotFoundError('measure', id);
    return toMeasureView(measure);
  }

  @Post('measures/:id/renewal')
  @JourneyScoped({ from: 'record', record: 'measure', param: 'id' })
  @HttpCode(200)
  @Roles('protection-officer')
  @ApiOperation({ summary: 'Decide on renewal: renewed with a new end, or not renewed; an order sends RenewalDecided' })
  @ApiOkResponse({ type: MeasureView })
  async renew(@Param() { id }: IdParamsDto, @Body() body: RenewalDto, @CurrentPrincipal() principal: Principal): Promise<MeasureView> {
    return toMeasureView(await this.changeMeasure.execute({ measureId: id, step: renewalStep(body), actor: principal.subject }));
  }

  @Post('measures/:id/revocation')
  @JourneyScoped({ from: 'record', record: 'measure', param: 'id' })
  @HttpCode(200)
  @Roles('protection-officer')
  @ApiOperation({ summary: 'Revoke a measure before its end; an order sends OrderRevoked' })
  @ApiOkResponse({ type: MeasureView })
  async revoke(@Param() { id }: IdParamsDto, @Body() { reason }: RevocationDto, @CurrentPrincipal() principal: Principal): Promise<MeasureView> {
    return toMeasureView(await this.changeMeasure.execute({ measureId: id, step: { action: 'revoke', reason }, actor: principal.subject }));
  }

  @Post('measures/:id/breaches')
  @JourneyScoped({ from: 'record', record: 'measure', param: 'id' })
  @HttpCode(201)
  @Roles('protection-officer')
  @ApiOperation({ summary: 'Report a breach of an order (also one reported back by an EPO executing state); asks for an urgent re-assessment' })
  @ApiCreatedResponse({ description: '{ orderId, journeyId, breachId, reportedAt, inExecutingState, reassessmentRequestId }' })
  async breach(@Param() { id }: IdParamsDto, @Body() body: BreachDto, @CurrentPrincipal() principal: Principal) {
    const { journeyId, breach } = await this.reportBreach.execute({ orderId: id, inExecutingState: body.inExecutingState ?? false, reportedBy: principal.subject });
    return {
      orderId: id,
      journeyId,
      breachId: breach.breachId,
      reportedAt: breach.reportedAt.toISOString(),
      inExecutingState: breach.inExecutingState,
      reassessmentRequestId: breach.reassessmentRequestId,
    };
  }
}
