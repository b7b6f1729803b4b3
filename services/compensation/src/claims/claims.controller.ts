import { Controller, Get, Param, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { ClaimPersonalDataView, ReadClaimPersonalData } from './claim-personal-data';
import { ClaimErrorsFilter } from './claim-errors.filter';
import { ClaimParamsDto, JourneyParamsDto } from './claim-requests.dto';
import { ClaimRepository } from './claim.repository';
import { ClaimView, toClaimView } from './claim.view';

/** Reading claims: their status for officers and the victim's case worker, their personal data for officers only. */
@ApiTags('claims')
@ApiBearerAuth()
@UseFilters(ClaimErrorsFilter)
@Controller()
export class ClaimsController {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly readPersonalData: ReadClaimPersonalData,
  ) {}

  @Get('journeys/:journeyId/claims')
  @JourneyScoped()
  @Roles('compensation-officer', 'support-case-worker')
  @ApiOperation({ summary: "The journey's claims and where each stands, newest first" })
  @ApiOkResponse({ type: [ClaimView] })
  async ofJourney(@Param() { journeyId }: JourneyParamsDto): Promise<ClaimView[]> {
    return (await this.claims.ofJourney(journeyId)).map(toClaimView);
  }

  @Get('claims/:claimId')
  @JourneyScoped({ from: 'record', record: 'claim', param: 'claimId' })
  @Roles('compensation-officer', 'support-case-worker')
  @ApiOperation({ summary: 'Where the claim stands: checklist, decision, payments, appeals, cross-border steps' })
  @ApiOkResponse({ type: ClaimView })
  async claim(@Param() { claimId }: ClaimParamsDto): Promise<ClaimView> {
    return toClaimView(await this.claims.get(claimId));
  }

  @Get('claims/:claimId/personal-data')
  @JourneyScoped({ from: 'record', record: 'claim', param: 'claimId' })
  @Roles('compensation-officer')
  @ApiOperation({ summary: 'The document references, standard form and contact person, decrypted; every read is audited' })
  @ApiOkResponse({ type: ClaimPersonalDataView })
  personalData(@CurrentPrincipal() principal: Principal, @Param() { claimId }: ClaimParamsDto): Promise<ClaimPersonalDataView> {
    return this.readPersonalData.execute(claimId, principal.subject);
  }
}
