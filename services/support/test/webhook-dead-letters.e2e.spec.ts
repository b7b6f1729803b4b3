import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SupportActivities } from '@harbour/contracts';
import { waitFor } from '@harbour/testing';
import { bearer, http, labourExploitationInBelgium, startSupportService, stopSupportService, supportActivities } from './support/support-testbed';
import { WebhookReceiver } from './support/webhook-receiver';

const ANTWERP = 'be-harbourline-antwerp';
const BRUSSELS = 'be-lighthouse-brussels';
const SECRET = 'antwerp-webhook-secret-0123456789abcdef';

describe('webhook deliveries that run out of tries', () => {
  let app: NestExpressApplication;
  let support: SupportActivities;
  const receiver = new WebhookReceiver(SECRET);
  const antwerp = bearer(['support-case-worker'], ANTWERP);
  const brussels = bearer(['support-case-worker'], BRUSSELS);
  const analyst = bearer(['operations-analyst']);
  const list = (token: string, query = '') => http(app).get(`/webhook-deliveries${query}`).auth(token, { type: 'bearer' });
  const redeliver = (deliveryId: string, token: string) => http(app).post(`/webhook-deliveries/${deliveryId}/redeliver`).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    // Three quick tries, then the dead letter.
    app = await startSupportService({ SUPPORT_WEBHOOK_TEST_MODE: 'true', SUPPORT_WEBHOOK_MAX_ATTEMPTS: '3', SUPPORT_WEBHOOK_FIRST_RETRY_MS: '50', SUPPORT_WEBHOOK_POLL_MS: '20' });
    support = supportActivities(app);
    await receiver.start();
    await http(app).put(`/organisations/${ANTWERP}/task-channel`).auth(antwerp, { type: 'bearer' }).send({ channel: 'webhook', url: receiver.url, secret: SECRET }).expect(200);
  });
  afterAll(async () => {
    await receiver.stop();
    await stopSupportService(app);
  });

  it('dead-letters a task after the last try, shows it to operations and to the organisation, and redelivers it on request', async () => {
    receiver.respond = () => 500;
    const taskId = (await support.offerReferral(labourExploitationInBelgium()))?.referralId;

    const dead = await waitFor(async () => (await list(analyst, '?status=dead').expect(200)).body.items.find((item: { taskId: string }) => item.taskId === taskId), {
      description: 'the delivery dead-lettered',
    });
    expect(dead).toMatchObject({ organisationId: ANTWERP, taskId, status: 'dead', attempts: 3, lastError: 'HTTP 5xx', deadAt: expect.any(String) });
    expect(receiver.received.filter((request) => request.taskId === taskId)).toHaveLength(3);
    expect((await list(antwerp, '?status=dead').expect(200)).body.items.map((item: { taskId: string }) => item.taskId)).toContain(taskId);
    expect((await list(brussels, '?status=dead').expect(200)).body.items).toEqual([]);

    receiver.respond = () => 200;
    const again = await redeliver(dead.deliveryId, antwerp).expect(200);

    expect(again.body).toMatchObject({ deliveryId: dead.deliveryId, status: 'pending', attempts: 0 });
    await waitFor(() => receiver.acknowledged.includes(taskId ?? ''), { description: 'the redelivered task acknowledged' });
    const delivered = (await list(analyst, `?organisationId=${ANTWERP}&status=delivered`).expect(200)).body.items;
    expect(delivered).toContainEqual(expect.objectContaining({ deliveryId: dead.deliveryId, status: 'delivered', attempts: 1 }));
  });

  it("never shows or redelivers another organisation's deliveries", async () => {
    receiver.respond = () => 500;
    const taskId = (await support.offerReferral(labourExploitationInBelgium()))?.referralId;
    const dead = await waitFor(async () => (await list(analyst, '?status=dead').expect(200)).body.items.find((item: { taskId: string }) => item.taskId === taskId), {
      description: 'the delivery dead-lettered',
    });

    const foreignList = await list(brussels, `?organisationId=${ANTWERP}`).expect(403);
    expect(foreignList.body.message).toBe('this resource belongs to another organisation');
    const foreign = await redeliver(dead.deliveryId, brussels).expect(404);
    const unknownId = randomUUID();
    const missing = await redeliver(unknownId, brussels).expect(404);
    expect(foreign.body.message).toBe(missing.body.message.replace(unknownId, dead.deliveryId));
    expect((await list(analyst, '?status=dead').expect(200)).body.items).toContainEqual(expect.objectContaining({ deliveryId: dead.deliveryId, status: 'dead' }));
  });

  it('refuses an unknown status or a malformed delivery id', async () => {
    expect((await list(analyst, '?status=lost').expect(400)).body.message).toEqual([expect.stringMatching(/^status must be one of the following values: pending, delivered, dead/)]);
    await redeliver('not-a-uuid', analyst).expect(400);
  });
});
