import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { IsServedCountry, SelfReferralChannel, SelfReferralChannels, ServedCountries, Specialism, Specialisms } from '@harbour/contracts';
import { idempotentId } from '@harbour/persistence';
import { assertSameOrganisation, CurrentPrincipal, Principal, Roles } from '@harbour/security';
import { ApiIdempotencyKey, IDEMPOTENT_REPLAYED_HEADER, IdempotencyKey, JourneyDoorDto } from '@harbour/service-runtime';
import { OrganisationParamsDto } from '../tasks/task-requests.dto';
import { receiveSelfReferral } from './self-referral';
import { SelfReferralsRepository } from './self-referrals.repository';

/** What the organisation knows of the person's situation: the country always, the region and language when known. */
export class SelfReferralDto extends OmitType(JourneyDoorDto, ['country'] as const) {
  @ApiProperty({ enum: SelfReferralChannels })
  @IsIn(SelfReferralChannels)
  channel: SelfReferralChannel;

  @ApiProperty({ enum: ServedCountries, description: 'Country where support is sought' })
  @IsServedCountry()
  country: string;

  @ApiPropertyOptional({ enum: Specialisms, description: 'The support the person asks for, when the organisation can tell' })
  @IsOptional()
  @IsIn(Specialisms)
  specialism?: Specialism;
}

/** The self-referral's receipt: the new journey the person's support follows. */
export class SelfReferralReceiptView {
  @ApiProperty({ format: 'uuid' })
  selfReferralId: string;

  @ApiProperty({ format: 'uuid' })
  journeyId: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;
}

/** A helpline call or a walk-in: a support organisation opens the person's journey itself (ATD Art 11(3)). */
@ApiTags('self-referrals')
@ApiBearerAuth()
@Roles('support-case-worker')
@Controller('organisations/:orgId/self-referrals')
export class SelfReferralsController {
  constructor(private readonly selfReferrals: SelfReferralsRepository) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a person who came to this organisation themselves; opens a pseudonymous journey with SelfReferralReceived' })
  @ApiIdempotencyKey('the receipt')
  @ApiCreatedResponse({ type: SelfReferralReceiptView })
  async receive(
    @CurrentPrincipal() principal: Principal,
    @Param() { orgId }: OrganisationParamsDto,
    @Body() { channel, specialism, ...door }: SelfReferralDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SelfReferralReceiptView> {
    assertSameOrganisation(principal, orgId);
    const draft = receiveSelfReferral(
      { organisationId: orgId, channel, door, ...(specialism ? { specialism } : {}), receivedBy: principal.subject },
      new Date(),
      idempotencyKey ? idempotentId(principal.subject, idempotencyKey) : undefined,
    );
    const { selfReferral, replayed } = await this.selfReferrals.insertOnce(draft);
    if (replayed) response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return { selfReferralId: selfReferral._id, journeyId: selfReferral.journeyId, receivedAt: selfReferral.receivedAt.toISOString() };
  }
}
