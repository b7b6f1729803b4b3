import { getModelToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Model } from 'mongoose';
import { SupportActivities } from '@harbour/contracts';
import { waitFor } from '@harbour/testing';
import { ORGANISATION_MODEL, OrganisationRecord } from '../src/directory/organisation.schema';
import { bearer, http, labourExploitationInBelgium, startSupportService, stopSupportService, supportActivities } from './support/support-testbed';
import { WebhookReceiver } from './support/webhook-receiver';

const ANTWERP = 'be-harbourline-antwerp';
const BRUSSELS = 'be-lighthouse-brussels';
const ANTWERP_SECRET = 'antwerp-webhook-secret-0123456789abcdef';
const BRUSSELS_SECRET = 'brussels-webhook-secret-0123456789abcdef';

/**
 * Production tries 10 times over about 2 hours, the 9th try 64 minutes after the first. Here
 * every wait is 300 times shorter: the receiver is down for the equivalent of an hour (12 s).
 */
const SCALE = 300;
const ONE_HOUR_SCALED_MS = 3_600_000 / SCALE;

describe('signed webhooks to the organisations that chose them', () => {
  let app: NestExpressApplication;
  let support: SupportActivities;
  const antwerpReceiver = new WebhookReceiver(ANTWERP_SECRET);
  const brusselsReceiver = new WebhookReceiver(BRUSSELS_SECRET);

  const chooseWebhook = (organisationId: string, receiver: WebhookReceiver, secret: string) =>
    http(app)
      .put(`/organisations/${organisationId}/task-channel`)
      .auth(bearer(['support-case-worker'], organisationId), { type: 'bearer' })
      .send({ channel: 'webhook', url: receiver.url, secret });
  const offer = async (excludeOrganisationIds: string[] = []) => (await support.offerReferral(labourExploitationInBelgium({ excludeOrganisationIds })))?.referralId ?? '';
  const deliveries = async (token: string, query = '') => (await http(app).get(`/webhook-deliveries${query}`).auth(token, { type: 'bearer' }).expect(200)).body;

  beforeAll(async () => {
    app = await startSupportService({
      SUPPORT_WEBHOOK_TEST_MODE: 'true',
      SUPPORT_WEBHOOK_FIRST_RETRY_MS: String(15_000 / SCALE),
      SUPPORT_WEBHOOK_MAX_RETRY_MS: String((2 * 3_600_000) / SCALE),
      SUPPORT_WEBHOOK_POLL_MS: '20',
    });
    support = supportActivities(app);
    await antwerpReceiver.start();
    await brusselsReceiver.start();
  });
  afterAll(async () => {
    await antwerpReceiver.stop();
    await brusselsReceiver.stop();
    await stopSupportService(app);
  });

  it('keeps the secret to itself: stored encrypted, never shown', async () => {
    const chosen = await chooseWebhook(ANTWERP, antwerpReceiver, ANTWERP_SECRET).expect(200);

    expect(chosen.body).toEqual({ organisationId: ANTWERP, taskChannel: 'webhook', webhookUrl: antwerpReceiver.url });
    const { body } = await http(app).get(`/organisations?country=BE`).auth(bearer(['operations-analyst']), { type: 'bearer' }).expect(200);
    expect(JSON.stringify(body)).not.toContain(ANTWERP_SECRET);
    expect(body.items.find((item: { id: string }) => item.id === ANTWERP)).toMatchObject({ taskChannel: 'webhook', webhookUrl: antwerpReceiver.url });
    const stored = await app.get<Model<OrganisationRecord>>(getModelToken(ORGANISATION_MODEL)).findById(ANTWERP).lean<OrganisationRecord>();
    expect(stored?.webhook?.encryptedSecret).toMatch(/^hk1:/);
    expect(JSON.stringify(stored)).not.toContain(ANTWERP_SECRET);
    const weak = await chooseWebhook(ANTWERP, antwerpReceiver, 'short').expect(400);
    expect(weak.body.message).toEqual(['secret must be 32 to 256 characters long']);
    await http(app).put(`/organisations/${ANTWERP}/task-channel`).auth(bearer(['support-case-worker'], ANTWERP), { type: 'bearer' }).send({ channel: 'webhook', url: 'file:///etc/passwd', secret: ANTWERP_SECRET }).expect(400);
  });

  it('delivers to a receiver that was down for an hour every task afterwards, each task id acknowledged exactly once, to its own organisation only', async () => {
    await chooseWebhook(ANTWERP, antwerpReceiver, ANTWERP_SECRET).expect(200);
    await chooseWebhook(BRUSSELS, brusselsReceiver, BRUSSELS_SECRET).expect(200);
    // Down: first the port refuses connections, then the receiver answers 503, for an hour in all.
    await antwerpReceiver.stop();
    antwerpReceiver.respond = () => 503;
    const downSince = Date.now();
    const antwerpTasks = [await offer(), await offer(), await offer()];
    const brusselsTask = await offer([ANTWERP]);

    await new Promise((resolve) => setTimeout(resolve, ONE_HOUR_SCALED_MS / 2));
    await antwerpReceiver.start();
    await new Promise((resolve) => setTimeout(resolve, ONE_HOUR_SCALED_MS - (Date.now() - downSince)));
    antwerpReceiver.respond = () => 200;

    await waitFor(() => antwerpTasks.every((taskId) => antwerpReceiver.acknowledged.includes(taskId)), { description: 'every task acknowledged', timeoutMs: 60_000 });
    expect(antwerpReceiver.received.some((request) => request.status === 503)).toBe(true);
    // Long enough for any second delivery to have been sent.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect([...antwerpReceiver.acknowledged].sort()).toEqual([...antwerpTasks].sort());
    for (const request of antwerpReceiver.received) {
      expect(request.body).toMatchObject({ taskId: request.taskId, organisationId: ANTWERP, task: { referralId: request.taskId } });
      expect(request.deliveryId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(brusselsReceiver.acknowledged).toEqual([brusselsTask]);
    expect(antwerpReceiver.received.map((request) => request.taskId)).not.toContain(brusselsTask);

    const { items } = await deliveries(bearer(['support-case-worker'], ANTWERP), '?status=delivered');
    expect(items.map((item: { taskId: string }) => item.taskId).sort()).toEqual([...antwerpTasks].sort());
    for (const item of items) expect(item.attempts).toBeGreaterThan(1);
  });

  it('hands a task that the journey offers again (a retried activity) to the receiver only once', async () => {
    await chooseWebhook(ANTWERP, antwerpReceiver, ANTWERP_SECRET).expect(200);
    const command = labourExploitationInBelgium();
    const first = await support.offerReferral(command);
    const retried = await support.offerReferral(command);
    expect(retried).toEqual(first);
    const taskId = first?.referralId ?? '';

    await waitFor(() => antwerpReceiver.acknowledged.includes(taskId), { description: 'the task delivered', timeoutMs: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(antwerpReceiver.acknowledged.filter((acknowledged) => acknowledged === taskId)).toEqual([taskId]);
  });
});
