import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { InformationChannel, InformationChannels, LANGUAGE_CODE } from '../../../vocabulary/vocabulary';

/** The victim was given the information of VRD Art 4, in a language they understand. */
export class VictimInformationProvided {
  /** The record of what was given, kept by justice. */
  @IsUUID()
  informationId: string;

  /** Language the victim was addressed in (ISO 639-1). */
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @IsIn(InformationChannels)
  channel: InformationChannel;

  @IsISO8601({ strict: true })
  providedAt: string;
}
