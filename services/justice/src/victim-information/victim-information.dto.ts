import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { InformationChannel, InformationChannels, LANGUAGE_CODE } from '@harbour/contracts';

export class VictimInformationDto {
  @ApiProperty({ example: 'ro', description: 'The language the victim was informed in (ISO 639-1)' })
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @ApiProperty({ enum: InformationChannels })
  @IsIn(InformationChannels, { message: `channel must be one of: ${InformationChannels.join(', ')}` })
  channel: InformationChannel;

  @ApiPropertyOptional({ description: 'When it was given, if earlier than now (not in the future)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'providedAt must be an ISO 8601 date and time' })
  providedAt?: string;
}
