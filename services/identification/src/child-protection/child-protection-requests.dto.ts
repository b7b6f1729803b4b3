import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { AgeUncertaintyReason, AgeUncertaintyReasons } from '@harbour/contracts';

export class RecordAgeUncertainDto {
  @ApiProperty({ enum: AgeUncertaintyReasons, description: 'Why the age is uncertain; never the age itself' })
  @IsIn(AgeUncertaintyReasons)
  assessmentReason: AgeUncertaintyReason;
}

/** Who the guardian is. Stored encrypted, never published. */
export class AppointGuardianDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  guardianName: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'The guardianship service or organisation' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  guardianOrganisation?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'How to reach the guardian' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  guardianContact?: string;
}
