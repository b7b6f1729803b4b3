import { getConnectionToken, getModelToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection, Model } from 'mongoose';
import { SupportActivities } from '@harbour/contracts';
import { waitFor } from '@harbour/testing';
import { ORGANISATION_MODEL, OrganisationRecord } from '../src/directory/organisation.schema';
import { bearer, http, labourExploitationInBelgium, startSupportService, stopSupportService, supportActivities } from './support/support-testbed';
import { WebhookReceiver } from './support/webhook-receiver';

const ANTWERP = 'be-harbourline-antwerp';
const SECRET = 'antwerp-webhook-secret-0123456789abcdef';
const antwerp = bearer(['support-case-worker'], ANTWERP);

const choose = (app: NestExpressApplication, body: Record<string, unknown>) =>
  http(app).put(`/organisations/${ANTWERP}/task-channel`).auth(antwerp, { type: 'bearer' }).send(body);

describe('webhook receivers outside test mode', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startSupportService();
  });
  afterAll(() => stopSupportService(app));

  it.each([
    ['http://tasks.example.org/harbour', 'url must be an https URL'],
    ['https://localhost/harbour', 'webhook host localhost resolves to a loopback address; only addresses on the internet may receive tasks'],
    ['https://127.0.0.1:8443/harbour', 'webhook host 127.0.0.1 resolves to a loopback address; only addresses on the internet may receive tasks'],
    ['https://10.1.2.3/harbour', 'webhook host 10.1.2.3 resolves to a private address; only addresses on the internet may receive tasks'],
    ['https://192.168.0.10/harbour', 'webhook host 192.168.0.10 resolves to a private address; only addresses on the internet may receive tasks'],
    ['https://169.254.169.254/latest/meta-data', 'webhook host 169.254.169.254 resolves to a link-local address; only addresses on the internet may receive tasks'],
    ['https://[::1]/harbour', 'webhook host ::1 resolves to a loopback address; only addresses on the internet may receive tasks'],
    ['https://[fd00::5]/harbour', 'webhook host fd00::5 resolves to a private address; only addresses on the internet may receive tasks'],
    ['https://[::ffff:a9fe:a9fe]/harbour', 'webhook host ::ffff:a9fe:a9fe resolves to a link-local address; only addresses on the internet may receive tasks'],
  ])('refuses %s at registration: 400 and the channel unchanged', async (url, message) => {
    const refused = await choose(app, { channel: 'webhook', url, secret: SECRET }).expect(400);
    expect(refused.body.message).toBe(message);
    const stored = await app.get<Model<OrganisationRecord>>(getModelToken(ORGANISATION_MODEL)).findById(ANTWERP).lean<OrganisationRecord>();
    expect(stored?.webhook).toBeUndefined();
  });
});

describe('webhook deliveries in test mode', () => {
  let app: NestExpressApplication;
  let support: SupportActivities;
  const receiver = new WebhookReceiver(SECRET);
  const organisations = () => app.get<Model<OrganisationRecord>>(getModelToken(ORGANISATION_MODEL));
  const lastErrorOf = (taskId: string) =>
    waitFor(
      async () => {
        const { body } = await http(app).get('/webhook-deliveries').auth(antwerp, { type: 'bearer' }).expect(200);
        return body.items.find((item: { taskId: string; lastError?: string }) => item.taskId === taskId && item.lastError)?.lastError as string | undefined;
      },
      { description: 'a failed try of the delivery' },
    );

  beforeAll(async () => {
    app = await startSupportService({ SUPPORT_WEBHOOK_TEST_MODE: 'true', SUPPORT_WEBHOOK_FIRST_RETRY_MS: '60000', SUPPORT_WEBHOOK_POLL_MS: '20' });
    support = supportActivities(app);
    await receiver.start();
  });
  afterAll(async () => {
    await receiver.stop();
    await stopSupportService(app);
  });

  it('keeps every change of the channel (who, when, on which basis, from where to where) and audits it', async () => {
    await choose(app, { channel: 'webhook', url: receiver.url, secret: SECRET }).expect(200);
    await choose(app, { channel: 'inbox' }).expect(200);
    const { body } = await http(app).get(`/organisations/${ANTWERP}/task-channel/history`).auth(antwerp, { type: 'bearer' }).expect(200);
    expect(body.changes).toEqual([
      {
        changedAt: expect.any(String),
        changedBy: 'test-support-case-worker',
        basis: `support-case-worker of ${ANTWERP}`,
        from: { channel: 'inbox' },
        to: { channel: 'webhook', url: receiver.url, newSecret: true },
      },
      expect.objectContaining({ from: { channel: 'webhook', url: receiver.url }, to: { channel: 'inbox', newSecret: false } }),
    ]);
    expect(JSON.stringify(body)).not.toContain(SECRET);
    const audited = await app.get<Connection>(getConnectionToken()).collection('audit_log').find({ action: 'task-channel.changed' }).toArray();
    expect(audited.map(({ actor, resource }) => ({ actor, resource }))).toEqual([
      { actor: 'test-support-case-worker', resource: `organisation/${ANTWERP}/task-channel` },
      { actor: 'test-support-case-worker', resource: `organisation/${ANTWERP}/task-channel` },
    ]);
    await http(app).get('/organisations/be-lighthouse-brussels/task-channel/history').auth(antwerp, { type: 'bearer' }).expect(403);
    // Refused by the handler (another organisation's), not the guard: audited all the same.
    const refused = await app.get<Connection>(getConnectionToken()).collection('audit_log').find({ action: 'access.refused.403' }).toArray();
    expect(refused.map(({ actor, resource }) => ({ actor, resource }))).toEqual([{ actor: 'test-support-case-worker', resource: 'GET /organisations/:orgId/task-channel/history' }]);
  });

  it('refuses at delivery an address that is no longer public, and shows the tenant the class of the failure only', async () => {
    await choose(app, { channel: 'webhook', url: receiver.url, secret: SECRET }).expect(200);
    // As if the name had been re-pointed since registration: the stored URL now leads to the cloud metadata address.
    await organisations().updateOne({ _id: ANTWERP }, { $set: { 'webhook.url': 'http://169.254.169.254/latest/meta-data' } });
    const refusedTask = (await support.offerReferral(labourExploitationInBelgium()))?.referralId ?? '';
    expect(await lastErrorOf(refusedTask)).toBe('address refused');

    await choose(app, { channel: 'webhook', url: receiver.url, secret: SECRET }).expect(200);
    await receiver.stop();
    const unreachableTask = (await support.offerReferral(labourExploitationInBelgium()))?.referralId ?? '';
    expect(await lastErrorOf(unreachableTask)).toBe('network error');
    await receiver.start();
    expect(receiver.received).toEqual([]);
  });
});
