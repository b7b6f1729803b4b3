import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsRegionCode } from '../../journey-door';
import { LANGUAGE_CODE, ServedCountries, Specialism, Specialisms } from '../../../vocabulary/vocabulary';

export const SelfReferralChannels = ['helpline', 'walk-in', 'online', 'outreach'] as const;
export type SelfReferralChannel = (typeof SelfReferralChannels)[number];

/**
 * A person came to a support organisation themselves (a 116 006 or national helpline call, a
 * walk-in, an outreach contact): one of the journey's doors. Support starts from here without a
 * report, an identification or any cooperation (ATD Art 11(3)). Codes only: who the person is
 * stays with the organisation.
 */
export class SelfReferralReceived {
  @IsUUID()
  selfReferralId: string;

  @IsIn(SelfReferralChannels)
  channel: SelfReferralChannel;

  @IsISO8601({ strict: true })
  receivedAt: string;

  /** The organisation the person came to. */
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'actingOrganisationId must be an organisation id such as "be-payoke"' })
  actingOrganisationId: string;

  /** Country where support is sought (ISO 3166-1 alpha-2). */
  @IsIn(ServedCountries, { message: 'country must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")' })
  country: string;

  @IsOptional()
  @IsRegionCode()
  region?: string;

  /** Language the person understands (ISO 639-1), when known. */
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language?: string;

  /** The support the person asks for, when the organisation could tell. */
  @IsOptional()
  @IsIn(Specialisms)
  specialism?: Specialism;
}
