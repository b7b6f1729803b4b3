import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { DecisionTaskKind, DecisionTaskKinds, GroundsDecision, GroundsDecisions, IsWithinCalendarYears, NrmReferralConsent, NrmReferralConsents } from '@harbour/contracts';
import { JourneyDoorDto } from '@harbour/service-runtime';
import { AgeGroup, AgeGroups } from './nrm-referral';

export class SubmitNrmReferralDto extends JourneyDoorDto {
  @ApiProperty({ format: 'uuid', description: 'Pseudonymous journey id (from the screening or the report)' })
  @IsUUID()
  journeyId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The screening that led to the referral' })
  @IsOptional()
  @IsUUID()
  screeningId?: string;

  @ApiProperty({ enum: AgeGroups, description: '"child" also for a person presumed to be a child' })
  @IsIn(AgeGroups)
  ageGroup: AgeGroup;

  @ApiProperty({ enum: NrmReferralConsents, description: 'An adult must have consented ("recorded"); a child needs no consent' })
  @IsIn(NrmReferralConsents)
  consent: NrmReferralConsent;
}

export class ReasonableGroundsDto {
  @ApiProperty({ enum: GroundsDecisions })
  @IsIn(GroundsDecisions)
  decision: GroundsDecision;

  @ApiProperty({ maxLength: 8000, description: 'Why, in the decision maker\'s words. Stored encrypted, never published.' })
  @IsString()
  @Length(1, 8000)
  reasons: string;
}

export class ConclusiveGroundsDto extends ReasonableGroundsDto {
  @ApiProperty({ description: 'The person asked for the decision (allows it before the recovery period ends, CETS 197 Art 13)' })
  @IsBoolean()
  requestedByPerson: boolean;
}

export class RecoveryPeriodExtensionDto {
  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  extendedUntil: string;
}

export class RemovalDto {
  @ApiProperty({ format: 'date-time', description: 'When the removal happened, as the authority that carried it out reported it' })
  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  removedAt: string;
}

export class DecisionTaskQueryDto {
  @ApiPropertyOptional({ enum: DecisionTaskKinds })
  @IsOptional()
  @IsIn(DecisionTaskKinds)
  kind?: DecisionTaskKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;
}
