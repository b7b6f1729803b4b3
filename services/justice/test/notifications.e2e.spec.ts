import { randomUUID } from 'node:crypto';
import { getModelToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Model } from 'mongoose';
import {
  NotificationPreferencesRecordedEvent,
  ProceedingMilestoneRecordedEvent,
  VictimNotificationDeliveredEvent,
  VictimNotificationQueuedEvent,
} from '@harbour/contracts';
import { AuditLog } from '@harbour/security';
import { waitFor } from '@harbour/testing';
import { Milestone } from '../src/milestones/milestone';
import { MILESTONE_MODEL } from '../src/milestones/milestone.schema';
import { MilestoneRepository } from '../src/milestones/milestone.repository';
import { NotificationPreferences, NOTIFICATION_PREFERENCES_MODEL } from '../src/preferences/notification-preferences';
import { bearer, http, journeyOfTheCase, justiceFacts, nationalMilestone, startJusticeService, stopJusticeService } from './support/justice-testbed';
import { SmtpInbox } from './support/smtp-inbox';

describe('victim notifications of proceeding milestones', () => {
  const inbox = new SmtpInbox();
  let app: NestExpressApplication;
  const caseWorker = bearer('support-case-worker');
  const nationalSystem = bearer('service');
  const liaison = bearer('prosecutor-liaison');

  const choose = (journeyId: string, choices: object) =>
    http(app).put(`/journeys/${journeyId}/notification-preferences`).auth(caseWorker, { type: 'bearer' }).send(choices);
  const milestone = async (journeyId: string, overrides: Record<string, unknown> = {}): Promise<string> =>
    (await http(app).post('/milestones').auth(nationalSystem, { type: 'bearer' }).send(nationalMilestone(journeyId, overrides)).expect(201)).body.milestoneId;
  const notifications = async (journeyId: string) =>
    (await http(app).get(`/journeys/${journeyId}/notifications`).auth(liaison, { type: 'bearer' }).expect(200)).body as Array<Record<string, unknown>>;
  const settled = (journeyId: string, milestoneId: string) =>
    waitFor(async () => {
      const found = (await notifications(journeyId)).find((notification) => notification.milestoneId === milestoneId);
      return found && found.status !== 'pending' && found;
    }, { description: `the notification of milestone ${milestoneId} settled` });
  const address = () => `victim-${randomUUID()}@example.org`;

  beforeAll(async () => {
    app = await startJusticeService({ smtpPort: await inbox.start() });
  });
  afterAll(async () => {
    await stopJusticeService(app);
    await inbox.stop();
  });

  it('tells a victim who asked for case updates, in their language, and keeps the receipt as evidence', async () => {
    const journeyId = await journeyOfTheCase(app);
    const to = address();
    await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'fr', channel: 'email', channelMarkedSafe: true, address: to }).expect(200);

    const milestoneId = await milestone(journeyId, { milestone: 'charges-brought' });

    const notification = await settled(journeyId, milestoneId);
    expect(notification).toMatchObject({
      status: 'delivered',
      attempts: 1,
      receipt: { channel: 'email', language: 'fr', providerMessageId: expect.stringMatching(/^<.+>$/), providerResponse: expect.stringContaining('queued as harbour-test') },
    });
    const [mail] = inbox.to(to);
    expect(mail.headers['content-language']).toBe('fr');
    expect(mail.text).toContain('Des poursuites ont été engagées contre le suspect.');
    expect(mail.text).not.toContain('Charges have been brought');

    const facts = await justiceFacts(journeyId, [NotificationPreferencesRecordedEvent.type, ProceedingMilestoneRecordedEvent.type, VictimNotificationDeliveredEvent.type]);
    const preferences = facts.find((fact) => fact.type === NotificationPreferencesRecordedEvent.type)!;
    expect(preferences.data).toEqual({ wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'fr', recordedAt: expect.any(String) });
    const delivered = facts.find((fact) => fact.type === VictimNotificationDeliveredEvent.type)!;
    expect(delivered.data).toEqual({ milestoneId, channel: 'email', language: 'fr', deliveredAt: (notification.receipt as { deliveredAt: string }).deliveredAt });
  });

  it('tells the trial date and place in the local time of the court, in German', async () => {
    const journeyId = await journeyOfTheCase(app);
    const to = address();
    await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: false, language: 'de', channel: 'email', channelMarkedSafe: true, address: to }).expect(200);

    const milestoneId = await milestone(journeyId, {
      milestone: 'trial-scheduled',
      trial: { scheduledFor: '2026-09-14T08:30:00.000Z', place: 'Landgericht Köln, Saal 12', timeZone: 'Europe/Berlin' },
    });

    expect(await settled(journeyId, milestoneId)).toMatchObject({ status: 'delivered' });
    const [mail] = inbox.to(to);
    expect(mail.text).toContain('Die Hauptverhandlung findet am Montag, 14. September 2026 um 10:30');
    expect(mail.text).toContain('Landgericht Köln, Saal 12');
  });

  it('sends nothing the victim did not ask for, and publishes no delivery', async () => {
    const journeyId = await journeyOfTheCase(app);
    const to = address();
    await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: false, language: 'nl', channel: 'email', channelMarkedSafe: true, address: to }).expect(200);

    const released = await milestone(journeyId, { milestone: 'offender-released' });
    const judgement = await milestone(journeyId, { milestone: 'final-judgement' });

    expect(await settled(journeyId, released)).toMatchObject({ status: 'not-wanted' });
    expect(await settled(journeyId, judgement)).toMatchObject({ status: 'delivered' });
    const mails = inbox.to(to);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('De rechtbank heeft een definitief vonnis uitgesproken.');
    const facts = await justiceFacts(journeyId, [ProceedingMilestoneRecordedEvent.type, ProceedingMilestoneRecordedEvent.type, VictimNotificationDeliveredEvent.type]);
    const deliveries = facts.filter((fact) => fact.type === VictimNotificationDeliveredEvent.type);
    expect(deliveries.map((fact) => (fact.data as { milestoneId: string }).milestoneId)).toEqual([judgement]);
  });

  it('never writes on a channel the victim did not mark safe, and tells nobody who never chose', async () => {
    const unsafe = await journeyOfTheCase(app);
    const to = address();
    await choose(unsafe, { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'en', channel: 'email', channelMarkedSafe: false, address: to }).expect(200);
    const silent = await journeyOfTheCase(app);

    const escaped = await milestone(unsafe, { milestone: 'offender-escaped' });
    const opened = await milestone(silent, { milestone: 'case-opened' });

    expect(await settled(unsafe, escaped)).toMatchObject({ status: 'no-safe-channel', attempts: 1 });
    expect(await settled(silent, opened)).toMatchObject({ status: 'not-asked' });
    expect(inbox.to(to)).toEqual([]);
  });

  it('retries a delivery the SMTP server refused, and shows the failed attempt', async () => {
    const journeyId = await journeyOfTheCase(app);
    const to = address();
    await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'en', channel: 'email', channelMarkedSafe: true, address: to }).expect(200);
    inbox.refuseNext(1);

    const milestoneId = await milestone(journeyId, { milestone: 'offender-released' });

    const notification = await settled(journeyId, milestoneId);
    expect(notification).toMatchObject({ status: 'delivered', attempts: 2, receipt: { channel: 'email', language: 'en' } });
    expect(inbox.to(to)).toHaveLength(1);
    expect(inbox.to(to)[0].text).toContain('The offender in your case has been released.');
  });

  const providerReceipt = (receipt: object) => http(app).post('/notification-provider-receipts').auth(nationalSystem, { type: 'bearer' }).send(receipt);
  const outboxOf = (channel: 'sms' | 'letter') => app.get<Model<NotificationPreferences>>(getModelToken(NOTIFICATION_PREFERENCES_MODEL)).db.collection(`provider_outbox_${channel}`);
  /** The journey's delivery facts on the topic, read up to its milestone fact and any further facts expected. */
  const deliveredFacts = async (journeyId: string, expected = 0) =>
    (await justiceFacts(journeyId, [ProceedingMilestoneRecordedEvent.type, ...Array(expected).fill(VictimNotificationDeliveredEvent.type)])).filter(
      (fact) => fact.type === VictimNotificationDeliveredEvent.type,
    );

  it('hands an SMS to the provider outbox, encrypted, as queued: only the provider’s delivery receipt makes it delivered and publishes the fact', async () => {
    const journeyId = await journeyOfTheCase(app);
    await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'en', channel: 'sms', channelMarkedSafe: true, address: '+32470123456' }).expect(200);

    const milestoneId = await milestone(journeyId, { milestone: 'decision-not-to-prosecute' });

    const queued = await settled(journeyId, milestoneId);
    expect(queued).toMatchObject({ status: 'queued', queued: { channel: 'sms', language: 'en', providerMessageId: milestoneId } });
    expect(queued.receipt).toBeUndefined();
    expect(await deliveredFacts(journeyId)).toEqual([]);
    const handedOver = await outboxOf('sms').findOne({ _id: milestoneId as never });
    expect(handedOver).toMatchObject({ journeyId, encryptedTo: expect.stringMatching(/^hk1:/), encryptedText: expect.stringMatching(/^hk1:/) });
    expect(JSON.stringify(handedOver)).not.toContain('+32470123456');

    const deliveredAt = new Date(Date.now() + 1000).toISOString();
    const receipt = { channel: 'sms', providerMessageId: milestoneId, outcome: 'delivered', at: deliveredAt, providerReference: 'gw-7731' };
    const answer = await providerReceipt(receipt).expect(200);
    expect(answer.body).toMatchObject({
      status: 'delivered',
      receipt: { channel: 'sms', language: 'en', providerMessageId: milestoneId, providerResponse: 'delivered by the sms provider (gw-7731)', deliveredAt },
    });
    const [fact] = await deliveredFacts(journeyId, 1);
    expect(fact.data).toEqual({ milestoneId, channel: 'sms', language: 'en', deliveredAt });
    const { queuedAt } = queued.queued as { queuedAt: string };
    const [queuedFact] = (await justiceFacts(journeyId, [VictimNotificationQueuedEvent.type])).filter((candidate) => candidate.type === VictimNotificationQueuedEvent.type);
    expect(queuedFact.data).toEqual({ milestoneId, channel: 'sms', language: 'en', queuedAt });
    expect(Date.parse(queuedAt)).toBeLessThan(Date.parse(deliveredAt));
    // The same receipt again changes nothing.
    expect((await providerReceipt(receipt).expect(200)).body).toEqual(answer.body);
  });

  it('puts a letter the provider could not deliver back to pending with its code, and hands it over again', async () => {
    const journeyId = await journeyOfTheCase(app);
    await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'en', channel: 'letter', channelMarkedSafe: true, address: 'Rue Haute 1, 1000 Brussels' }).expect(200);
    const milestoneId = await milestone(journeyId, { milestone: 'charges-brought' });
    expect(await settled(journeyId, milestoneId)).toMatchObject({ status: 'queued', attempts: 1 });

    const failed = await providerReceipt({ channel: 'letter', providerMessageId: milestoneId, outcome: 'failed', at: new Date().toISOString(), failureCode: 'returned-to-sender' }).expect(200);
    expect(failed.body).toMatchObject({ status: 'pending', lastError: 'provider-returned-to-sender' });

    const again = await settled(journeyId, milestoneId);
    expect(again).toMatchObject({ status: 'queued', attempts: 2 });
    expect(await outboxOf('letter').findOne({ _id: milestoneId as never })).toMatchObject({ journeyId });
    expect(await deliveredFacts(journeyId)).toEqual([]);
  });

  it('refuses a receipt for a message no provider was given, a failure without its code, and one for another channel', async () => {
    await providerReceipt({ channel: 'sms', providerMessageId: randomUUID(), outcome: 'delivered', at: new Date().toISOString() }).expect(404);
    const noCode = await providerReceipt({ channel: 'sms', providerMessageId: randomUUID(), outcome: 'failed', at: new Date().toISOString() }).expect(400);
    expect(JSON.stringify(noCode.body.message)).toContain('failureCode must be a code');
    const journeyId = await journeyOfTheCase(app);
    await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'en', channel: 'sms', channelMarkedSafe: true, address: '+32470123457' }).expect(200);
    const milestoneId = await milestone(journeyId, { milestone: 'case-opened' });
    await settled(journeyId, milestoneId);
    await providerReceipt({ channel: 'letter', providerMessageId: milestoneId, outcome: 'delivered', at: new Date().toISOString() }).expect(404);
  });

  it('keeps the address encrypted and refuses choices it could not honour', async () => {
    const journeyId = await journeyOfTheCase(app);
    const to = address();
    await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'en', channel: 'email', channelMarkedSafe: true, address: to }).expect(200);
    const preferences = app.get<Model<NotificationPreferences>>(getModelToken(NOTIFICATION_PREFERENCES_MODEL));
    const stored = await preferences.findById(journeyId).lean();
    expect(stored?.encryptedAddress).toMatch(/^hk1:/);
    expect(JSON.stringify(stored)).not.toContain(to);

    const noTexts = await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'ro', channel: 'email', channelMarkedSafe: true, address: to }).expect(400);
    expect(noTexts.body.message).toBe('language ro has no notification texts yet; available: de, en, fr, nl');
    const badAddress = await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'en', channel: 'sms', channelMarkedSafe: true, address: 'call me' }).expect(400);
    expect(JSON.stringify(badAddress.body.message)).toContain('E.164');
  });

  it('takes a victim who wants nothing without any channel, and tells them nothing', async () => {
    const journeyId = await journeyOfTheCase(app);
    await choose(journeyId, { wantsCaseUpdates: false, wantsReleaseNotices: false, language: 'en' }).expect(200);
    const missing = await choose(await journeyOfTheCase(app), { wantsCaseUpdates: true, wantsReleaseNotices: false, language: 'en' }).expect(400);
    expect(JSON.stringify(missing.body.message)).toContain('channel must be one of: email, sms, letter');

    const released = await milestone(journeyId, { milestone: 'offender-released' });

    expect(await settled(journeyId, released)).toMatchObject({ status: 'not-wanted' });
    const facts = await justiceFacts(journeyId, [NotificationPreferencesRecordedEvent.type]);
    expect(facts[0].data).toMatchObject({ wantsCaseUpdates: false, wantsReleaseNotices: false });
  });

  it('puts release and escape notifications first in the queue, then the oldest', async () => {
    const milestones = app.get<Model<Milestone>>(getModelToken(MILESTONE_MODEL));
    const journeyId = await journeyOfTheCase(app);
    const later = new Date(Date.now() + 3600_000);
    const pending = (milestone: Milestone['milestone'], priority: 0 | 1, recordedAt: Date) => ({
      _id: randomUUID(),
      journeyId,
      messageId: randomUUID(),
      milestone,
      occurredAt: recordedAt,
      encryptedCaseReference: 'hk1:queued',
      recordedAt,
      receivedVia: 'http',
      receivedBy: 'test',
      // Due only in an hour, so that the running dispatcher leaves them for this look at the queue.
      notification: { status: 'pending', priority, attempts: 0, nextAttemptAt: later },
    });
    const oldUpdate = pending('charges-brought', 1, new Date('2026-01-01T00:00:00.000Z'));
    const escape = pending('offender-escaped', 0, new Date('2026-01-03T00:00:00.000Z'));
    const newUpdate = pending('final-judgement', 1, new Date('2026-01-02T00:00:00.000Z'));
    await milestones.insertMany([oldUpdate, escape, newUpdate]);
    try {
      const queue = await app.get(MilestoneRepository).dueNotifications(new Date(later.getTime() + 1), 1000);
      const ours = queue.filter((entry) => entry.journeyId === journeyId).map((entry) => entry._id);
      expect(ours).toEqual([escape._id, oldUpdate._id, newUpdate._id]);
    } finally {
      await milestones.deleteMany({ journeyId });
    }
  });

  it('writes each reading of a victim\'s contact to the audit log, and the chain holds', async () => {
    const journeyId = await journeyOfTheCase(app);
    await choose(journeyId, { wantsCaseUpdates: true, wantsReleaseNotices: true, language: 'en', channel: 'email', channelMarkedSafe: true, address: address() }).expect(200);
    const milestoneId = await milestone(journeyId, { milestone: 'case-opened' });
    await settled(journeyId, milestoneId);

    const audit = app.get(AuditLog);
    expect(await audit.verifyChain()).toMatchObject({ intact: true });
    const milestones = app.get<Model<Milestone>>(getModelToken(MILESTONE_MODEL));
    const entries = await milestones.db.collection('audit_log').find({ journeyId, action: { $ne: 'notification-preferences.recorded' } }).toArray();
    expect(entries).toEqual([expect.objectContaining({ actor: 'justice-notification-dispatcher', action: 'read-to-notify', resource: `milestone/${milestoneId}` })]);
  });
});
