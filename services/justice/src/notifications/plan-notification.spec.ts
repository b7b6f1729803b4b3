import { ProceedingMilestones } from '@harbour/contracts';
import { planNotification, retryDelayMs } from './plan-notification';

const choices = { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'fr', channel: 'email' as const, channelMarkedSafe: true, encryptedAddress: 'hk1:…' };

describe(planNotification.name, () => {
  it('tells a victim who asked, on their channel, in their language', () => {
    for (const milestone of ProceedingMilestones) {
      expect(planNotification(milestone, choices)).toEqual({ send: true, channel: 'email', language: 'fr', encryptedAddress: 'hk1:…' });
    }
  });

  it('tells nobody who never said what they want', () => {
    expect(planNotification('charges-brought', null)).toEqual({ send: false, status: 'not-asked' });
  });

  it('keeps release and escape apart from the other case updates, as the victim chose', () => {
    const onlyReleases = { ...choices, wantsCaseUpdates: false };
    expect(planNotification('offender-released', onlyReleases)).toMatchObject({ send: true });
    expect(planNotification('offender-escaped', onlyReleases)).toMatchObject({ send: true });
    expect(planNotification('trial-scheduled', onlyReleases)).toEqual({ send: false, status: 'not-wanted' });
    const noReleases = { ...choices, wantsReleaseNotices: false };
    expect(planNotification('offender-escaped', noReleases)).toEqual({ send: false, status: 'not-wanted' });
    expect(planNotification('decision-not-to-prosecute', noReleases)).toMatchObject({ send: true });
  });

  it('never writes on a channel the victim did not mark safe', () => {
    expect(planNotification('offender-released', { ...choices, channelMarkedSafe: false })).toEqual({ send: false, status: 'no-safe-channel' });
    expect(planNotification('offender-released', { ...choices, channel: undefined, encryptedAddress: undefined })).toEqual({ send: false, status: 'no-safe-channel' });
  });
});

describe(retryDelayMs.name, () => {
  it('doubles the wait after every failure, up to an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, 30_000)).toBe(3_600_000);
  });
});
