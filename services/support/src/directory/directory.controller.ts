import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@harbour/security';
import { Page } from '../paging/page';
import { DirectoryQueryDto } from './directory-query.dto';
import { DirectoryRepository } from './directory.repository';
import { explainMatching, OrganisationMatch, SkippedOrganisation, SupportNeed } from './match-organisations';
import { Organisation } from './organisation';
import { SupportNeedDto } from './support-need.dto';

export interface RankedMatches {
  need: SupportNeed;
  /** Best first: the order in which a referral would be offered. */
  matches: (OrganisationMatch & { rank: number })[];
  /** The country's other organisations, each with why it is left out (already asked, at capacity, …). */
  skipped: SkippedOrganisation[];
}

@ApiTags('directory')
@ApiBearerAuth()
@Roles('operations-analyst', 'support-case-worker', 'service')
@Controller('organisations')
export class DirectoryController {
  constructor(private readonly directory: DirectoryRepository) {}

  @Get()
  @ApiOperation({ summary: 'Support organisations, optionally narrowed by country, language and specialism' })
  list(@Query() query: DirectoryQueryDto): Promise<Page<Organisation>> {
    return this.directory.page(query);
  }

  @Get('matches')
  @ApiOperation({ summary: 'The organisations a referral for this need would be offered to, in order, with why each one' })
  async matches(@Query() need: SupportNeedDto): Promise<RankedMatches> {
    const { matches, skipped } = explainMatching(await this.directory.inCountry(need.country), need);
    return { need: { ...need }, matches: matches.map((match, index) => ({ rank: index + 1, ...match })), skipped };
  }
}
