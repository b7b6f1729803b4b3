import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { InformationChannel, InformationChannels, LANGUAGE_CODE } from '../../../vocabulary/vocabulary';

/** The victim was told of a proceeding milestone. */
export class VictimNotificationDelivered {
  /** The milestone the victim was told of. */
  @IsUUID()
  milestoneId: string;

  @IsIn(InformationChannels)
  channel: InformationChannel;

  /** Language the victim was addressed in (ISO 639-1). */
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @IsISO8601({ strict: true })
  deliveredAt: string;
}
