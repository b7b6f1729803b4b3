import { IsBoolean, IsISO8601, Matches } from 'class-validator';
import { LANGUAGE_CODE } from '../../../vocabulary/vocabulary';

/** The victim said which information about their case they want (VRD Art 6); their choice binds until they change it. */
export class NotificationPreferencesRecorded {
  /** Decision not to prosecute, trial, charges, judgement, state of proceedings (Art 6(1),(2)). */
  @IsBoolean()
  wantsCaseUpdates: boolean;

  /** The offender's release or escape (Art 6(5)). */
  @IsBoolean()
  wantsReleaseNotices: boolean;

  /** Language the victim was addressed in (ISO 639-1). */
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @IsISO8601({ strict: true })
  recordedAt: string;
}
