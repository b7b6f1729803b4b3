import { IsISO8601, IsUUID, Matches } from 'class-validator';

/** A referral to a support organisation in the country the victim returns to was created. */
export class CrossBorderReferralCreated {
  @IsUUID()
  crossBorderReferralId: string;

  /** The country of return (ISO 3166-1 alpha-2), which may lie outside the countries Harbour serves. */
  @Matches(/^[A-Z]{2}$/, { message: 'toCountry must be an ISO 3166-1 alpha-2 code such as "NL"' })
  toCountry: string;

  @Matches(/^[a-z0-9-]{2,64}$/)
  organisationId: string;

  @IsISO8601({ strict: true })
  createdAt: string;
}
