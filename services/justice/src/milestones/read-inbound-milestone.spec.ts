import { readKeyedMilestone } from './inbound-milestone-consumer';
import { readInboundMilestone } from './read-inbound-milestone';

const journeyId = '5d9f0c1e-2b3a-4c5d-8e6f-7a8b9c0d1e2f';
const milestone = {
  messageId: 'be-just-2026-000481-0007',
  caseReference: 'AN.12.LL.004211/26',
  journeyId,
  milestone: 'trial-scheduled',
  occurredAt: '2026-05-11T09:00:00.000Z',
  trial: { scheduledFor: '2026-09-14T08:30:00.000Z', place: 'Court of First Instance, Antwerp', timeZone: 'Europe/Brussels' },
};

describe(readInboundMilestone.name, () => {
  it('accepts a milestone as a national system documents it', () => {
    expect(readInboundMilestone(JSON.stringify(milestone))).toMatchObject({ ok: true, value: { messageId: milestone.messageId, trial: { timeZone: 'Europe/Brussels' } } });
  });

  it('names every reason for a refusal, nested fields with their path', () => {
    const read = readInboundMilestone(JSON.stringify({ ...milestone, occurredAt: 'soon', trial: { scheduledFor: 'soon', place: 'x', timeZone: 'Mars/Olympus' }, note: 'hi' }));
    expect(read.ok).toBe(false);
    const { reason } = read as { reason: string };
    expect(reason).toContain('property note should not exist');
    expect(reason).toContain('occurredAt must be an ISO 8601 date and time');
    expect(reason).toContain('trial.scheduledFor must be an ISO 8601 date and time');
    expect(reason).toContain('trial.place must be longer than or equal to 2 characters');
    expect(reason).toContain('trial.timeZone must be a valid IANA time-zone');
  });

  it('wants the trial for a trial-scheduled milestone and only then', () => {
    const { trial, ...withoutTrial } = milestone;
    expect(readInboundMilestone(JSON.stringify(withoutTrial))).toEqual({ ok: false, reason: 'trial (scheduledFor and place) is required for a trial-scheduled milestone' });
    expect(readInboundMilestone(JSON.stringify({ ...milestone, milestone: 'charges-brought', trial }))).toEqual({
      ok: false,
      reason: 'trial may only be given for a trial-scheduled milestone',
    });
  });

  it('refuses what is not a JSON object', () => {
    expect(readInboundMilestone('{"messageId"')).toMatchObject({ ok: false, reason: expect.stringMatching(/^not JSON: /) });
    expect(readInboundMilestone('[1]')).toEqual({ ok: false, reason: 'must be a JSON object' });
    expect(readInboundMilestone(undefined)).toEqual({ ok: false, reason: 'empty: a milestone is a JSON object' });
  });
});

describe(readKeyedMilestone.name, () => {
  it('wants the record keyed by the journey of the milestone', () => {
    const value = Buffer.from(JSON.stringify(milestone));
    expect(readKeyedMilestone({ key: Buffer.from(journeyId), value }).ok).toBe(true);
    expect(readKeyedMilestone({ key: Buffer.from('another'), value })).toEqual({ ok: false, reason: 'the record key must be the journeyId of the milestone' });
  });
});
