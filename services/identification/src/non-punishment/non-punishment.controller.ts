import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NonPunishmentOffenceCategories, NonPunishmentOffenceCategory } from '@harbour/contracts';
import { CurrentPrincipal, JourneyScoped, Principal, Roles } from '@harbour/security';
import { JourneyParamsDto } from '../shared/request-params.dto';
import { FlagNonPunishment } from './non-punishment';

export class FlagNonPunishmentDto {
  @ApiPropertyOptional({ enum: NonPunishmentOffenceCategories, description: 'The kind of offence suspected; never the facts' })
  @IsOptional()
  @IsIn(NonPunishmentOffenceCategories)
  offenceCategory?: NonPunishmentOffenceCategory;
}

export interface NonPunishmentFlagView {
  flagId: string;
  journeyId: string;
  flaggedAt: string;
  offenceCategory?: NonPunishmentOffenceCategory;
}

@ApiTags('non-punishment')
@ApiBearerAuth()
@Controller('journeys/:journeyId/non-punishment-flags')
export class NonPunishmentController {
  constructor(private readonly flagNonPunishment: FlagNonPunishment) {}

  @Post()
  @JourneyScoped()
  @HttpCode(201)
  @Roles('first-responder', 'nrm-decision-maker', 'prosecutor-liaison')
  @ApiOperation({ summary: 'The presumed victim is also a suspect: raise the non-punishment flag (ATD Art 8)' })
  async flag(@CurrentPrincipal() principal: Principal, @Param() { journeyId }: JourneyParamsDto, @Body() { offenceCategory }: FlagNonPunishmentDto): Promise<NonPunishmentFlagView> {
    const flag = await this.flagNonPunishment.execute(journeyId, offenceCategory, principal.subject);
    return { flagId: flag._id, journeyId, flaggedAt: flag.flaggedAt.toISOString(), ...(flag.offenceCategory ? { offenceCategory: flag.offenceCategory } : {}) };
  }
}
