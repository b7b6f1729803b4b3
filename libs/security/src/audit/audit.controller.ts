import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Roles } from '../http/access-metadata';
import { AuditEntry, ChainVerdict } from './audit-chain';
import { AuditLog, MAX_AUDIT_PAGE } from './audit-log';

export class AuditPageQueryDto {
  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'Entries after this sequence number' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after: number = 0;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_AUDIT_PAGE, default: 100 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE)
  limit: number = 100;
}

/** The service's audit chain, for auditors: its entries page by page, and whether it is intact. */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get('entries')
  @ApiOperation({ summary: 'Audit entries in order, with the MAC that chains each to the one before' })
  async entries(@Query() { after, limit }: AuditPageQueryDto): Promise<{ entries: AuditEntry[]; next?: number }> {
    const entries = await this.audit.page(after, limit);
    return { entries, ...(entries.length === limit ? { next: entries[entries.length - 1].sequence } : {}) };
  }

  @Get('verification')
  @ApiOperation({ summary: 'Checks every link and the newest anchor; names the first broken link' })
  verification(): Promise<ChainVerdict> {
    return this.audit.verifyChain();
  }
}
