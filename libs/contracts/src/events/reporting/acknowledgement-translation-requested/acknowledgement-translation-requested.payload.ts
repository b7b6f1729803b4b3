import { IsISO8601, IsUUID, Matches } from 'class-validator';
import { LANGUAGE_CODE } from '../../../vocabulary/vocabulary';

/**
 * A complaint's acknowledgement was written in a fallback language the victim may not understand;
 * its translation into their language is requested (VRD Art 5(3)). Art 5 is met only by the
 * `complaint.acknowledged` that follows the translation.
 */
export class AcknowledgementTranslationRequested {
  @IsUUID()
  reportId: string;

  /** The language the acknowledgement was written in (ISO 639-1). */
  @Matches(LANGUAGE_CODE, { message: 'writtenIn must be an ISO 639-1 code such as "en"' })
  writtenIn: string;

  /** The victim's language it is to be translated into (ISO 639-1). */
  @Matches(LANGUAGE_CODE, { message: 'into must be an ISO 639-1 code such as "ro"' })
  into: string;

  @IsISO8601({ strict: true })
  requestedAt: string;
}
