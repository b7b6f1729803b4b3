import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import { AuditLog, issueDevelopmentToken } from '@harbour/security';
import { bearer, http, journeyOfTheCase, startJusticeService, stopJusticeService } from './support/justice-testbed';

/** Where the victim hears of the trial and of the offender's release: every change is kept and audited. */
describe('changes to where a victim is told', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startJusticeService();
  });
  afterAll(() => stopJusticeService(app));

  const choose = (journeyId: string, token: string, address: string) =>
    http(app)
      .put(`/journeys/${journeyId}/notification-preferences`)
      .auth(token, { type: 'bearer' })
      .send({ wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'fr', channel: 'email', channelMarkedSafe: true, address });
  const stored = (journeyId: string) => app.get<Connection>(getConnectionToken()).collection<{ _id: string; history?: unknown[] }>('notification_preferences').findOne({ _id: journeyId });

  it('keeps the choices a change replaces, with who, when and on which basis, and writes each change to the audit log', async () => {
    const journeyId = await journeyOfTheCase(app);
    const caseWorker = bearer('support-case-worker');
    const first = await choose(journeyId, caseWorker, 'victim@example.org').expect(200);
    const second = await choose(journeyId, caseWorker, 'safe-box@example.org').expect(200);

    const record = await stored(journeyId);
    expect(record).toMatchObject({ basis: 'accepted-referral by be-harbourline-antwerp', recordedBy: 'test-support-case-worker', recordedAt: new Date(second.body.recordedAt) });
    expect(record?.history).toEqual([
      expect.objectContaining({
        recordedAt: new Date(first.body.recordedAt),
        recordedBy: 'test-support-case-worker',
        basis: 'accepted-referral by be-harbourline-antwerp',
        replacedAt: new Date(second.body.recordedAt),
        replacedBy: 'test-support-case-worker',
        encryptedAddress: expect.stringMatching(/^hk1:/),
      }),
    ]);
    expect(JSON.stringify(record)).not.toContain('example.org');

    const audit = app.get(AuditLog);
    expect(await audit.verifyChain()).toMatchObject({ intact: true });
    const entries = await app.get<Connection>(getConnectionToken()).collection('audit_log').find({ journeyId }).sort({ sequence: 1 }).toArray();
    expect(entries.map((entry) => entry.action)).toEqual(['notification-preferences.recorded', 'notification-preferences.changed']);
  });

  it('leaves the choices as they were when an outsider tries to redirect them', async () => {
    const journeyId = await journeyOfTheCase(app);
    await choose(journeyId, bearer('support-case-worker'), 'victim@example.org').expect(200);
    const outsider = issueDevelopmentToken({ subject: 'outsider', roles: ['support-case-worker'], organisationId: 'be-unrelated-org' });
    await choose(journeyId, outsider, 'outsider@example.org').expect(404);
    const record = await stored(journeyId);
    expect(record).toMatchObject({ recordedBy: 'test-support-case-worker' });
    expect(record?.history ?? []).toEqual([]);
  });
});
