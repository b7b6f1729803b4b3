import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { ClaimErrorsFilter } from '../claims/claim-errors.filter';
import { ClaimParamsDto, DecideClaimDto, PayClaimDto, RecordDocumentDto, SubmitClaimDto } from '../claims/claim-requests.dto';
import { ClaimView, toClaimView } from '../claims/claim.view';
import { AcknowledgementDto } from '../cross-border/cross-border-application.dto';
import { ClaimStepRequest, TakeClaimStep } from './take-claim-step';

/** The steps of a claim after it is opened, each answered with the claim as it now stands. */
@ApiTags('claims')
@ApiBearerAuth()
@Roles('compensation-officer')
@UseFilters(ClaimErrorsFilter)
@Controller('claims/:claimId')
export class ClaimStepsController {
  constructor(private readonly takeStep: TakeClaimStep) {}

  @Post('documents')
  @JourneyScoped({ from: 'record', record: 'claim', param: 'claimId' })
  @ApiOperation({ summary: 'Record a supporting document as received (its reference only, stored encrypted)' })
  @ApiCreatedResponse({ type: ClaimView })
  recordDocument(@CurrentPrincipal() principal: Principal, @Param() { claimId }: ClaimParamsDto, @Body() { kind, reference }: RecordDocumentDto): Promise<ClaimView> {
    return this.step(principal, claimId, { action: 'record-document', kind, reference });
  }

  @Post('submission')
  @JourneyScoped({ from: 'record', record: 'claim', param: 'claimId' })
  @ApiOperation({ summary: 'Submit the claim; refused while required documents are missing unless submitted as incomplete' })
  @ApiCreatedResponse({ type: ClaimView })
  submit(@CurrentPrincipal() principal: Principal, @Param() { claimId }: ClaimParamsDto, @Body() { incomplete }: SubmitClaimDto): Promise<ClaimView> {
    return this.step(principal, claimId, { action: 'submit', incomplete: incomplete ?? false });
  }

  @Post('decision')
  @JourneyScoped({ from: 'record', record: 'claim', param: 'claimId' })
  @ApiOperation({ summary: "Record the decision (or the decision on an appeal); the appeal window follows from the country's scheme" })
  @ApiCreatedResponse({ type: ClaimView })
  decide(@CurrentPrincipal() principal: Principal, @Param() { claimId }: ClaimParamsDto, @Body() { outcome, amount }: DecideClaimDto): Promise<ClaimView> {
    return this.step(principal, claimId, { action: 'decide', outcome, amount });
  }

  @Post('payment')
  @JourneyScoped({ from: 'record', record: 'claim', param: 'claimId' })
  @ApiOperation({ summary: 'Record the payment of what is still owed of the amount awarded' })
  @ApiCreatedResponse({ type: ClaimView })
  pay(@CurrentPrincipal() principal: Principal, @Param() { claimId }: ClaimParamsDto, @Body() { amount }: PayClaimDto): Promise<ClaimView> {
    return this.step(principal, claimId, { action: 'pay', amount });
  }

  @Post('appeal')
  @JourneyScoped({ from: 'record', record: 'claim', param: 'claimId' })
  @ApiOperation({ summary: 'Lodge an appeal against the decision; refused with 409 after the appeal deadline' })
  @ApiCreatedResponse({ type: ClaimView })
  appeal(@CurrentPrincipal() principal: Principal, @Param() { claimId }: ClaimParamsDto): Promise<ClaimView> {
    return this.step(principal, claimId, { action: 'appeal' });
  }

  @Post('transmission')
  @JourneyScoped({ from: 'record', record: 'claim', param: 'claimId' })
  @ApiOperation({ summary: 'Cross-border: the assisting authority transmits the application to the deciding authority (Directive 2004/80/EC Art 6)' })
  @ApiCreatedResponse({ type: ClaimView })
  transmit(@CurrentPrincipal() principal: Principal, @Param() { claimId }: ClaimParamsDto): Promise<ClaimView> {
    return this.step(principal, claimId, { action: 'transmit' });
  }

  @Post('chases')
  @JourneyScoped({ from: 'record', record: 'claim', param: 'claimId' })
  @ApiOperation({ summary: 'Cross-border: record a chase of the deciding authority that has not acknowledged the application' })
  @ApiCreatedResponse({ type: ClaimView })
  chase(@CurrentPrincipal() principal: Principal, @Param() { claimId }: ClaimParamsDto): Promise<ClaimView> {
    // Each chase an officer records is a chase of its own.
    return this.step(principal, claimId, { action: 'chase', key: randomUUID() });
  }

  @Post('acknowledgement')
  @JourneyScoped({ from: 'record', record: 'claim', param: 'claimId' })
  @ApiOperation({ summary: 'Cross-border: the deciding authority acknowledged, named a contact and an estimated time to decide (Art 7)' })
  @ApiCreatedResponse({ type: ClaimView })
  acknowledge(@CurrentPrincipal() principal: Principal, @Param() { claimId }: ClaimParamsDto, @Body() body: AcknowledgementDto): Promise<ClaimView> {
    return this.step(principal, claimId, { action: 'acknowledge', contactPersonReference: body.contactPersonReference, estimatedDecisionBy: new Date(body.estimatedDecisionBy) });
  }

  private async step(principal: Principal, claimId: string, request: ClaimStepRequest): Promise<ClaimView> {
    return toClaimView(await this.takeStep.execute(claimId, principal.subject, request));
  }
}
