import { ProceedingMilestone } from '@harbour/contracts';
import { NotificationChannelName } from '../justice-vocabulary';
import { NotificationStatus, notificationKindOf } from '../milestones/milestone';
import { NotificationPreferences } from '../preferences/notification-preferences';

export type NotificationPlan =
  | { send: true; channel: NotificationChannelName; language: string; encryptedAddress: string }
  | { send: false; status: Exclude<NotificationStatus, 'pending' | 'delivered'> };

type Choices = Pick<NotificationPreferences, 'wantsCaseUpdates' | 'wantsReleaseNotices' | 'language' | 'channel' | 'channelMarkedSafe' | 'encryptedAddress'>;

/**
 * Whether and how a victim is told of a milestone: only if they asked for that kind of
 * information (VRD Art 6), only on a channel they marked safe, in the language they chose.
 */
export function planNotification(milestone: ProceedingMilestone, choices: Choices | null): NotificationPlan {
  if (!choices) return { send: false, status: 'not-asked' };
  const wanted = notificationKindOf(milestone) === 'release-notice' ? choices.wantsReleaseNotices : choices.wantsCaseUpdates;
  if (!wanted) return { send: false, status: 'not-wanted' };
  const { channel, channelMarkedSafe, encryptedAddress, language } = choices;
  if (!channelMarkedSafe || !channel || !encryptedAddress) return { send: false, status: 'no-safe-channel' };
  return { send: true, channel, language, encryptedAddress };
}

/** The wait before the next attempt after `attempts` failures: doubled each time, at most an hour. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(attempts - 1, 0), 3_600_000);
}
