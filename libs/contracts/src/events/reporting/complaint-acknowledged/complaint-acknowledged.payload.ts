import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
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

  /** SHA-256 (hex) of the acknowledgement document kept as evidence by reporting. */
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'documentSha256 must be a SHA-256 in lower-case hex' })
  documentSha256?: string;
}
