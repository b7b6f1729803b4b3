import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { buildEvent, ReportReceivedEvent, Topics } from '@harbour/contracts';
import { KafkaEventPublisher } from '@harbour/messaging';
import { issueDevelopmentToken } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { uniqueName, waitFor } from '@harbour/testing';
import { OperationsModule } from '../services/operations/src/app.module';
import { RoutedJourneys } from './support/routed-journeys';

const analyst = (country: string) => issueDevelopmentToken({ subject: `test-analyst-${country}`, roles: ['operations-analyst'], country });

// An analyst cancels an obligation opened in error; the running journey decides through its own update.
describe('operations cancel an obligation of a running journey', () => {
  let app: NestExpressApplication;
  let journeys: RoutedJourneys;
  const be = analyst('BE');
  const http = () => request(app.getHttpServer());
  const cancel = (token: string, journeyId: string, obligationId: string, reason: string) =>
    http().post(`/operations/journeys/${journeyId}/obligations/${encodeURIComponent(obligationId)}/cancel`).auth(token, { type: 'bearer' }).send({ reason });

  beforeAll(async () => {
    process.env.MONGO_DB = uniqueName('harbour-operations-cancel-e2e');
    app = await createServiceApp(OperationsModule, { name: 'operations', logger: false });
    journeys = await RoutedJourneys.start('operations-cancel-e2e');
  });
  afterAll(async () => {
    await journeys?.stop();
    await app.get<Connection>(getConnectionToken()).dropDatabase();
    await app.close();
  });

  it('cancels an open obligation with a reason code, once, audited; another country\'s analyst gets 404', async () => {
    const journey = { journeyId: randomUUID() };
    const now = new Date().toISOString();
    const report = buildEvent(ReportReceivedEvent, {
      id: randomUUID(),
      journeyId: journey.journeyId,
      time: now,
      data: { reportId: randomUUID(), channel: 'police', country: 'BE', crimeType: 'trafficking-labour-exploitation', language: 'nl', formalComplaint: true, receivedAt: now },
    });
    await app.get(KafkaEventPublisher).publish([report]);
    await journeys.route(Topics.reporting, journey.journeyId, [ReportReceivedEvent.type]);
    const opened = await journeys.until(journey.journeyId, 'vrd-4 open', (state) => state.obligations.some((o) => o.obligationId === 'vrd-4-information#1' && o.status === 'open'));
    expect(opened.country).toBe('BE');
    // The read model knows the journey's country before an analyst of it may act.
    await waitFor(async () => (await http().get(`/operations/journeys/${journey.journeyId}`).auth(be, { type: 'bearer' })).status === 200, {
      timeoutMs: 60_000,
      description: 'the journey in the read model',
    });

    await cancel(analyst('NL'), journey.journeyId, 'vrd-4-information#1', 'entered-in-error').expect(404);
    const cancelled = await cancel(be, journey.journeyId, 'vrd-4-information#1', 'entered-in-error').expect(200);
    expect(cancelled.body).toMatchObject({ obligationId: 'vrd-4-information#1', status: 'cancelled', reasonCode: 'entered-in-error' });
    const state = await journeys.until(journey.journeyId, 'vrd-4 cancelled', (current) => current.obligations.some((o) => o.obligationId === 'vrd-4-information#1' && o.status === 'cancelled'));
    expect(state.obligations.find((o) => o.obligationId === 'vrd-4-information#1')?.evidence).toBe('cancelled by operations: entered-in-error');

    // The journey publishes the cancellation like every outcome, and the read model shows it.
    await waitFor(
      async () => {
        const view = (await http().get(`/operations/journeys/${journey.journeyId}`).auth(be, { type: 'bearer' })).body;
        return view.obligations?.some((o: { obligationId: string; status: string; reasonCode?: string }) => o.obligationId === 'vrd-4-information#1' && o.status === 'cancelled' && o.reasonCode === 'entered-in-error');
      },
      { timeoutMs: 60_000, description: 'the cancellation in the read model' },
    );

    // The journey refuses what it cannot cancel, with its own reason; nothing changes.
    const again = await cancel(be, journey.journeyId, 'vrd-4-information#1', 'duplicate-journey').expect(409);
    expect(again.body.message).toBe('obligation vrd-4-information#1 is already cancelled');
    const handoffs = await cancel(be, journey.journeyId, 'vrd-8-support-contact#1', 'entered-in-error').expect(409);
    expect(handoffs.body.message).toMatch(/has no obligation vrd-8-support-contact#1 of its own/);
    const wrongId = await cancel(be, journey.journeyId, 'vrd-4-information', 'entered-in-error').expect(400);
    expect(wrongId.body.message).toEqual(['obligationId must be <rule id>#<number>, e.g. vrd-4-information#1']);
    const wrongReason = await cancel(be, journey.journeyId, 'vrd-5-acknowledgement#1', 'because').expect(400);
    expect(wrongReason.body.message).toEqual([expect.stringMatching(/^reason must be one of: entered-in-error, /)]);

    const audit = app.get<Connection>(getConnectionToken()).collection('audit_log');
    await expect(audit.find({ resource: 'obligation/vrd-4-information#1', journeyId: journey.journeyId }).toArray()).resolves.toEqual([
      expect.objectContaining({ actor: 'test-analyst-BE', action: 'obligation.cancelled:entered-in-error' }),
    ]);
  });
});
