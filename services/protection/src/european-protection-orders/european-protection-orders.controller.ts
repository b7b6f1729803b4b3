import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { IdParamsDto, JourneyParamsDto } from '../journey-params.dto';
import { ChangeMeasure } from '../measures/change-measure';
import { Measure } from '../measures/measure';
import { MeasureErrorsFilter } from '../measures/measure-errors.filter';
import { MeasureView, toMeasureView } from '../measures/measure.view';
import { IssueEpoDto, RecognitionDto } from './epo-requests.dto';
import { IssueEpo } from './issue-epo';

/** European Protection Orders (Directive 2011/99/EU): issued here, recognised by the executing state. Read them as measures. */
@ApiTags('european-protection-orders')
@ApiBearerAuth()
@Roles('protection-officer')
@UseFilters(MeasureErrorsFilter)
@Controller()
export class EuropeanProtectionOrdersController {
  constructor(
    private readonly issueEpo: IssueEpo,
    private readonly changeMeasure: ChangeMeasure,
  ) {}

  @Post('journeys/:journeyId/european-protection-orders')
  @JourneyScoped({ from: 'path', joins: 'protection-authority' })
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue a European Protection Order from a national order in force, for a victim moving to the executing state' })
  @ApiCreatedResponse({ type: MeasureView })
  async issue(@Param() { journeyId }: JourneyParamsDto, @Body() body: IssueEpoDto, @CurrentPrincipal() principal: Principal): Promise<MeasureView> {
    return toMeasureView(await this.issueEpo.execute({ journeyId, ...body, issuedBy: principal.subject }));
  }

  @Post('european-protection-orders/:id/recognition')
  @JourneyScoped({ from: 'record', record: 'measure', param: 'id' })
  @HttpCode(200)
  @ApiOperation({ summary: "Record the executing state's decision to recognise or refuse the order" })
  @ApiOkResponse({ type: MeasureView })
  async recognise(@Param() { id }: IdParamsDto, @Body() body: RecognitionDto, @CurrentPrincipal() principal: Principal): Promise<MeasureView> {
    const step = { action: 'record-recognition' as const, decision: body.decision, refusalReason: body.reason, recognisedAt: new Date(body.recognisedAt) };
    const only = { name: 'European Protection Order', accepts: (measure: Measure) => measure.epo !== undefined };
    const epo = await this.changeMeasure.execute({ measureId: id, step, actor: principal.subject, only });
    return toMeasureView(epo);
  }
}
