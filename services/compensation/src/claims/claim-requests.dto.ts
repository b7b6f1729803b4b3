import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
} from 'class-validator';
import {
  CompensationOutcome,
  CompensationOutcomes,
  CompensationScheme,
  HeadOfLoss,
  HeadsOfLoss,
  IsWithinCalendarYears,
  SupportingDocumentKind,
  SupportingDocumentKinds,
} from '@harbour/contracts';
import { schemeMismatch } from './compensation-schemes';

export class JourneyParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'journeyId must be a journey id (UUID)' })
  journeyId: string;
}

export class ClaimParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'claimId must be a claim id (UUID)' })
  claimId: string;
}

const MAX_AMOUNT = 100_000_000;
const money = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false };

export class HeadOfLossDto {
  @ApiProperty({ enum: HeadsOfLoss })
  @IsIn(HeadsOfLoss)
  head: HeadOfLoss;

  @ApiProperty({ example: 1200.5, description: 'In the claim currency, at most 2 decimals' })
  @IsNumber(money)
  @Min(0.01)
  @Max(MAX_AMOUNT)
  amount: number;
}

/** Refuses a scheme that does not fit whether the perpetrator is known, with the reason. */
export function FitsPerpetrator(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'fitsPerpetrator',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (scheme: CompensationScheme, { object }: ValidationArguments) => !mismatch(scheme, object),
        defaultMessage: ({ value, object }: ValidationArguments) => mismatch(value, object) ?? '',
      },
    });
}

function mismatch(scheme: CompensationScheme, object: object): string | undefined {
  const { perpetratorKnown } = object as { perpetratorKnown?: unknown };
  return typeof perpetratorKnown === 'boolean' ? schemeMismatch(scheme, perpetratorKnown) : undefined;
}

/** Refuses a date in the future: a crime that has not happened yet cannot be compensated. */
function NotInFuture(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notInFuture',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: string) => !(Date.parse(value) > Date.now()),
        defaultMessage: ({ property }: ValidationArguments) => `${property} must not lie in the future`,
      },
    });
}

/** What every claim states: the crime, the perpetrator's identity being known or not, and the losses. */
export class ClaimTermsDto {
  @ApiProperty({ format: 'date-time', example: '2025-11-14T00:00:00.000Z', description: "The application window counts from it" })
  @IsISO8601({ strict: true }, { message: 'crimeDate must be an ISO 8601 date-time such as "2025-11-14T00:00:00.000Z"' })
  @NotInFuture()
  @IsWithinCalendarYears()
  crimeDate: string;

  @ApiProperty({ description: 'Whether the perpetrator is identified; the dedicated fund is only for crimes whose perpetrator is unknown' })
  @IsBoolean()
  perpetratorKnown: boolean;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 currency of every amount of the claim' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency: string;

  @ApiProperty({ type: [HeadOfLossDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'headsOfLoss must list at least one head of loss' })
  @ArrayMaxSize(HeadsOfLoss.length)
  @ValidateNested({ each: true })
  @Type(() => HeadOfLossDto)
  headsOfLoss: HeadOfLossDto[];
}

export class RecordDocumentDto {
  @ApiProperty({ enum: SupportingDocumentKinds })
  @IsIn(SupportingDocumentKinds)
  kind: SupportingDocumentKind;

  @ApiProperty({ example: 'DMS-2026-000311', description: 'Where the document is kept; stored encrypted, never its content' })
  @Length(1, 256)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._:/#-]*$/, { message: 'reference may hold letters, digits, spaces and . _ : / # - only' })
  reference: string;
}

export class SubmitClaimDto {
  @ApiPropertyOptional({ default: false, description: 'Send the claim although required documents are missing' })
  @IsOptional()
  @IsBoolean()
  incomplete?: boolean;
}

export class DecideClaimDto {
  @ApiProperty({ enum: CompensationOutcomes })
  @IsIn(CompensationOutcomes)
  outcome: CompensationOutcome;

  @ApiProperty({ example: 800, description: 'Amount awarded in the claim currency; 0 when refused' })
  @IsNumber(money)
  @Min(0)
  @Max(MAX_AMOUNT)
  amount: number;
}

export class PayClaimDto {
  @ApiPropertyOptional({ description: 'Amount paid; all that is still owed of the award when absent' })
  @IsOptional()
  @IsNumber(money)
  @Min(0.01)
  @Max(MAX_AMOUNT)
  amount?: number;
}
