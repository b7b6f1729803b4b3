import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { LANGUAGE_CODE } from '../../../vocabulary/vocabulary';

/**
 * A notification of a proceeding milestone was handed to an SMS or postal provider. Not evidence
 * that the victim was told: only `victim-notification.delivered`, on the provider's receipt, is.
 */
export class VictimNotificationQueued {
  @IsUUID()
  milestoneId: string;

  @IsIn(['sms', 'letter'])
  channel: 'sms' | 'letter';

  /** Language the message is written in (ISO 639-1). */
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @IsISO8601({ strict: true })
  queuedAt: string;
}
