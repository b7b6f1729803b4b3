import { IsISO8601, IsUUID, Matches } from 'class-validator';
import { LANGUAGE_CODE } from '../../../vocabulary/vocabulary';

/** A formal complaint was acknowledged in writing (VRD Art 5), translated when asked. */
export class ComplaintAcknowledged {
  /** The report of the complaint being acknowledged. */
  @IsUUID()
  reportId: string;

  /** Language the victim was addressed in (ISO 639-1). */
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @IsISO8601({ strict: true })
  acknowledgedAt: string;
}
