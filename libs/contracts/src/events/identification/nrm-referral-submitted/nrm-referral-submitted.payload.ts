import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { NrmReferralConsent, NrmReferralConsents } from '../../../vocabulary/vocabulary';
import { IsWithinCalendarYears } from '../../../vocabulary/within-calendar-years';
import { JourneyDoorFields } from '../../journey-door';

/** The person was referred to the national referral mechanism (ATD Art 11(4)); a child needs no consent. */
export class NrmReferralSubmitted extends JourneyDoorFields {
  @IsUUID()
  nrmReferralId: string;

  @IsIn(NrmReferralConsents)
  consent: NrmReferralConsent;

  @IsISO8601({ strict: true })
  @IsWithinCalendarYears()
  submittedAt: string;
}
