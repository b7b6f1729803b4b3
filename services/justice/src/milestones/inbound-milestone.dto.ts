import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUUID,
  Length,
  Matches,
  Validate,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { IsActingOrganisationId, IsWithinCalendarYears, ProceedingMilestone, ProceedingMilestones } from '@harbour/contracts';
import { JourneyDoorDto } from '@harbour/service-runtime';

export class InboundTrialDto {
  @ApiProperty({ example: '2026-09-14T08:30:00.000Z' })
  @IsISO8601({ strict: true }, { message: 'scheduledFor must be an ISO 8601 date and time' })
  @IsWithinCalendarYears()
  scheduledFor: string;

  @ApiProperty({ example: 'Court of First Instance, Antwerp, room 3.12', description: 'Where the trial is held; stored encrypted, told only to the victim' })
  @IsString()
  @Length(2, 300)
  place: string;

  @ApiPropertyOptional({ example: 'Europe/Brussels', description: "The court's time zone (IANA), used to tell the victim the local time; UTC when absent" })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

@ValidatorConstraint({ name: 'trialMatchesMilestone' })
class TrialMatchesMilestone implements ValidatorConstraintInterface {
  validate(milestone: unknown, { object }: ValidationArguments): boolean {
    const hasTrial = (object as { trial?: unknown }).trial !== undefined;
    return milestone === 'trial-scheduled' ? hasTrial : !hasTrial;
  }

  defaultMessage({ value }: ValidationArguments): string {
    return value === 'trial-scheduled'
      ? 'trial (scheduledFor and place) is required for a trial-scheduled milestone'
      : 'trial may only be given for a trial-scheduled milestone';
  }
}

/**
 * A milestone of criminal proceedings as a national justice system sends it, on the inbound
 * topic (JSON value, key = journeyId), to POST /milestones, or in a replayed export file. The
 * door's fields are for a victim first met in proceedings: a milestone naming the authority that
 * acted opens the journey, with the country, region and language it gives.
 */
export class InboundMilestoneDto extends JourneyDoorDto {
  @ApiProperty({ example: 'be-just-2026-000481-0007', description: "The national system's message id; a message sent again with it records nothing new" })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/, { message: 'messageId must be 8 to 128 letters, digits, ".", "_", ":" or "-"' })
  messageId: string;

  @ApiProperty({ example: 'AN.12.LL.004211/26', description: 'The national case reference; stored encrypted, never published' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ./_:-]{2,63}$/, { message: 'caseReference must be 3 to 64 letters, digits, spaces or . / _ : -' })
  caseReference: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'journeyId must be a journey id (UUID)' })
  journeyId: string;

  @ApiProperty({ enum: ProceedingMilestones })
  @IsIn(ProceedingMilestones, { message: `milestone must be one of: ${ProceedingMilestones.join(', ')}` })
  @Validate(TrialMatchesMilestone)
  milestone: ProceedingMilestone;

  @ApiProperty({ example: '2026-05-11T09:00:00.000Z', description: 'When it happened in the proceedings' })
  @IsISO8601({ strict: true }, { message: 'occurredAt must be an ISO 8601 date and time' })
  @IsWithinCalendarYears()
  occurredAt: string;

  @ApiPropertyOptional({
    example: 'be-prosecution-brussels',
    description: "The authority that acted, when justice is the journey's door; over HTTP the caller's own organisation takes its place",
  })
  @IsOptional()
  @IsActingOrganisationId()
  actingOrganisationId?: string;

  @ApiPropertyOptional({ type: InboundTrialDto, description: 'Only and always for trial-scheduled' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InboundTrialDto)
  trial?: InboundTrialDto;
}
