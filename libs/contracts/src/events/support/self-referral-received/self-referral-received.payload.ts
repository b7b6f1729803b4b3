import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { IsActingOrganisationId, IsServedCountry, JourneyRegionAndLanguage } from '../../journey-door';
import { Specialism, Specialisms } from '../../../vocabulary/vocabulary';

export const SelfReferralChannels = ['helpline', 'walk-in', 'online', 'outreach'] as const;
export type SelfReferralChannel = (typeof SelfReferralChannels)[number];

/**
 * A person came to a support organisation themselves (a 116 006 or national helpline call, a
 * walk-in, an outreach contact): one of the journey's doors. Support starts from here without a
 * report, an identification or any cooperation (ATD Art 11(3)). Codes only: who the person is
 * stays with the organisation.
 */
export class SelfReferralReceived extends JourneyRegionAndLanguage {
  @IsUUID()
  selfReferralId: string;

  @IsIn(SelfReferralChannels)
  channel: SelfReferralChannel;

  @IsISO8601({ strict: true })
  receivedAt: string;

  /** The organisation the person came to. */
  @IsActingOrganisationId()
  actingOrganisationId: string;

  /** Country where support is sought (ISO 3166-1 alpha-2). */
  @IsServedCountry()
  country: string;

  /** The support the person asks for, when the organisation could tell. */
  @IsOptional()
  @IsIn(Specialisms)
  specialism?: Specialism;
}
