import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, ValidateIf } from 'class-validator';
import { MeasureStep } from './measure';
import { InvalidMeasureRequestError } from './measure-errors';
import { IsWithinCalendarYears, ProtectionMeasureKind, ProtectionMeasureKinds, RevocationReason, RevocationReasons } from '@harbour/contracts';
import { JourneyDoorDto } from '@harbour/service-runtime';

/** A measure, with what the protection authority knows of the person's situation when it is the journey's door. */
export class TakeMeasureDto extends JourneyDoorDto {
  @ApiProperty({ enum: ProtectionMeasureKinds, description: 'A european-protection-order is issued through its own route' })
  @IsIn(ProtectionMeasureKinds)
  kind: ProtectionMeasureKind;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO 8601 date-time' })
  @IsWithinCalendarYears()
  startsAt: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Required for orders; a shelter place or a witness-protection referral may be open-ended' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO 8601 date-time' })
  @IsWithinCalendarYears()
  endsAt?: string;
}

export const RenewalDecisionValues = ['renewed', 'not-renewed'] as const;

export class RenewalDto {
  @ApiProperty({ enum: RenewalDecisionValues })
  @IsIn(RenewalDecisionValues)
  decision: (typeof RenewalDecisionValues)[number];

  @ApiPropertyOptional({ format: 'date-time', description: 'The new end; required when renewed, refused otherwise' })
  @ValidateIf((body: RenewalDto) => body.decision === 'renewed' || body.endsAt !== undefined)
  @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO 8601 date-time' })
  @IsWithinCalendarYears()
  endsAt?: string;
}

export class RevocationDto {
  @ApiProperty({ enum: RevocationReasons })
  @IsIn(RevocationReasons)
  reason: RevocationReason;
}

export class BreachDto {
  @ApiPropertyOptional({ description: 'Reported back by the executing state of a European Protection Order', default: false })
  @IsOptional()
  @IsBoolean()
  inExecutingState?: boolean;
}

/** The renewal decision as a step of the measure. */
export function renewalStep({ decision, endsAt }: RenewalDto): MeasureStep {
  if (decision === 'renewed') return { action: 'renew', endsAt: new Date(endsAt!) };
  if (endsAt !== undefined) throw new InvalidMeasureRequestError('endsAt is only given when the decision is renewed');
  return { action: 'decline-renewal' };
}
