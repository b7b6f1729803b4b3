import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `?from=YYYY-MM&to=YYYY-MM&format=json|csv` of the monitoring table; the last twelve months by default. */
export class MonitoringQueryDto {
  @ApiPropertyOptional({ example: '2026-01' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month such as 2026-01' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month such as 2026-12' })
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}

export class ConsoleMonitoringQueryDto extends MonitoringQueryDto {
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'lang must be an ISO 639-1 code such as "en"' })
  lang?: string;
}
