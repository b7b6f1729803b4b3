import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const ObligationBases = ['law', 'practice', 'default'] as const;

/** A legal obligation of a journey reached an outcome; its legal basis travels with it. */
export class ObligationFact {
  /** Unique within the journey, e.g. `vrd-4-information#1`. */
  @Matches(/^[a-z0-9-]+#[0-9]+$/)
  obligationId: string;

  /** The rule pack row, e.g. `vrd-4-information`. */
  @Matches(/^[a-z0-9-]+$/)
  ruleId: string;

  /** Rule pack and version the due time was computed from, e.g. `eu-baseline@1`. */
  @Matches(/^[a-z0-9-]+@[0-9]+$/)
  rulePack: string;

  @IsString()
  @MaxLength(200)
  legalBasis: string;

  @IsIn(ObligationBases)
  basis: (typeof ObligationBases)[number];

  /** Absent for an obligation that holds until a fact closes it. */
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string;

  @IsISO8601({ strict: true })
  at: string;
}
