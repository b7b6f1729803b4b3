import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIBAN, IsIn, IsISO8601, IsObject, IsOptional, Length, Matches, registerDecorator, ValidateNested, ValidationArguments } from 'class-validator';
import { LANGUAGE_CODE, ServedCountries } from '@harbour/contracts';
import { ClaimTermsDto, FitsPerpetrator } from '../claims/claim-requests.dto';

/** Schemes a Directive 2004/80/EC application can go to: the deciding country's state scheme or its dedicated fund. */
export const CrossBorderSchemes = ['state-fund', 'dedicated-fund'] as const;
export type CrossBorderScheme = (typeof CrossBorderSchemes)[number];

/**
 * The data of the standard application form for cross-border cases (Directive 2004/80/EC
 * Art 14). All of it is personal: stored encrypted, passed on to the deciding authority only.
 */
export class StandardFormDto {
  @ApiProperty({ example: 'Maria Popescu' })
  @Length(1, 200)
  applicantName: string;

  @ApiProperty({ example: '1994-05-17', format: 'date' })
  @IsISO8601({ strict: true }, { message: 'applicantDateOfBirth must be an ISO 8601 date such as "1994-05-17"' })
  applicantDateOfBirth: string;

  @ApiProperty({ example: 'Str. Exemplu 1, 010101 Bucuresti, RO' })
  @Length(1, 500)
  applicantAddress: string;

  @ApiPropertyOptional({ example: 'maria@example.org' })
  @IsOptional()
  @IsEmail()
  @Length(3, 254)
  applicantEmail?: string;

  @ApiPropertyOptional({ example: '+40 700 000 000' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,32}$/, { message: 'applicantPhone must be a phone number such as "+40 700 000 000"' })
  applicantPhone?: string;

  @ApiProperty({ example: 'ro', description: 'Language the applicant understands (ISO 639-1)' })
  @Matches(LANGUAGE_CODE, { message: 'applicantLanguage must be an ISO 639-1 code such as "ro"' })
  applicantLanguage: string;

  @ApiProperty({ example: 'Antwerp, Belgium' })
  @Length(1, 300)
  crimePlace: string;

  @ApiProperty({ description: 'What happened, in the applicant\'s words' })
  @Length(1, 4000)
  crimeDescription: string;

  @ApiProperty({ description: 'Injuries and losses suffered' })
  @Length(1, 4000)
  injuriesDescription: string;

  @ApiPropertyOptional({ example: 'RO49AAAA1B31007593840000' })
  @IsOptional()
  @IsIBAN()
  bankAccount?: string;

  @ApiPropertyOptional({ example: 'Lawyer A. Ionescu, Bucharest bar' })
  @IsOptional()
  @Length(1, 300)
  representative?: string;
}

/** A crime in the victim's own country of residence is no cross-border case. */
function DiffersFromAssistingCountry(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'differsFromAssistingCountry',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (decidingCountry: unknown, args?: ValidationArguments) => decidingCountry !== (args?.object as CrossBorderApplicationDto).assistingCountry,
        defaultMessage: () => 'decidingCountry must differ from assistingCountry: an application for a crime in the country of residence is a national claim',
      },
    });
}

export class CrossBorderApplicationDto extends ClaimTermsDto {
  @ApiProperty({ enum: CrossBorderSchemes, description: 'dedicated-fund only when the perpetrator is unknown' })
  @IsIn(CrossBorderSchemes, { message: 'scheme must be state-fund or dedicated-fund: a cross-border application goes to a state scheme' })
  @FitsPerpetrator()
  scheme: CrossBorderScheme;

  @ApiProperty({ example: 'RO', description: "The assisting authority's country: the victim's country of residence, where the application is made" })
  @IsIn(ServedCountries, { message: 'assistingCountry must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "RO")' })
  assistingCountry: string;

  @ApiProperty({ example: 'BE', description: "The deciding authority's country: where the crime took place" })
  @IsIn(ServedCountries, { message: 'decidingCountry must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' })
  @DiffersFromAssistingCountry()
  decidingCountry: string;

  @ApiProperty({ type: StandardFormDto })
  @IsObject()
  @ValidateNested()
  @Type(() => StandardFormDto)
  standardForm: StandardFormDto;
}

export class AcknowledgementDto {
  @ApiProperty({ example: 'BE-CVF/2026/0042 desk 3', description: 'Who handles the application at the deciding authority; stored encrypted, never published' })
  @Length(1, 200)
  @Matches(/^\P{Cc}+$/u, { message: 'contactPersonReference must be one line of text' })
  contactPersonReference: string;

  @ApiProperty({ format: 'date-time', description: 'When the deciding authority expects to decide' })
  @IsISO8601({ strict: true }, { message: 'estimatedDecisionBy must be an ISO 8601 date-time' })
  estimatedDecisionBy: string;
}
