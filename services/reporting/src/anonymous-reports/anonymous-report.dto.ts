import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { CrimeFactsDto, ReportFactsDto } from '../reports/create-report.dto';

export class MessageDto {
  @ApiProperty({ description: 'Free text. Stored encrypted; never published or logged.', maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  text: string;
}

/** An anonymous report: what it says of the crime, and the sender's message. */
export class AnonymousReportDto extends IntersectionType(CrimeFactsDto, MessageDto) {}

/** What the sender adds to make the anonymous report a named one. */
export class ConversionDto extends ReportFactsDto {
  @ApiProperty({ description: "The victim's name. Stored encrypted, never published." })
  @IsString()
  @Length(1, 200)
  fullName: string;

  @ApiPropertyOptional({ description: 'How to reach the victim safely. Stored encrypted, never published.' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  contact?: string;
}
