import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CompensationScheme, CompensationSchemes, ServedCountries } from '@harbour/contracts';
import { JourneyDoorDto } from '@harbour/service-runtime';
import { ClaimTermsDto, FitsPerpetrator } from '../claims/claim-requests.dto';

/** A claim's terms, with what the officer knows of the person's situation when compensation is the journey's door. */
export class OpenClaimDto extends IntersectionType(ClaimTermsDto, JourneyDoorDto) {
  @ApiProperty({ enum: CompensationSchemes, description: 'dedicated-fund only when the perpetrator is unknown; offender only when known' })
  @IsIn(CompensationSchemes)
  @FitsPerpetrator()
  scheme: CompensationScheme;

  @ApiProperty({ example: 'BE', description: 'Country where the crime took place (ISO 3166-1 alpha-2): its scheme decides' })
  @IsIn(ServedCountries, { message: 'crimeCountry must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' })
  crimeCountry: string;
}
