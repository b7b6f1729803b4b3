import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { ReportReceivedEvent, Topics } from '@harbour/contracts';
import { analyst, http, journeyOnceRead, JourneyFacts, startOperationsService, stopOperationsService } from '../services/operations/test/support/operations-testbed';
import { RoutedJourneys } from './support/routed-journeys';

// An analyst cancels an obligation opened in error; the running journey decides through its own update.
describe('operations cancel an obligation of a running journey', () => {
  let app: NestExpressApplication;
  let journeys: RoutedJourneys;
  const be = analyst('BE');
  const cancel = (token: string, journeyId: string, obligationId: string, reason: string) =>
    http(app).post(`/operations/journeys/${journeyId}/obligations/${encodeURIComponent(obligationId)}/cancel`).auth(token, { type: 'bearer' }).send({ reason });

  beforeAll(async () => {
    app = await startOperationsService();
    journeys = await RoutedJourneys.start('operations-cancel-e2e');
  });
  afterAll(async () => {
    await journeys?.stop();
    await stopOperationsService(app);
  });

  it('cancels an open obligation with a reason code, once, audited; another country\'s analyst gets 404', async () => {
    const journey = new JourneyFacts(app);
    const now = new Date().toISOString();
    const report = journey.fact(ReportReceivedEvent, { reportId: randomUUID(), channel: 'police', country: 'BE', crimeType: 'trafficking-labour-exploitation', language: 'nl', formalComplaint: true, receivedAt: now }, now);
    await journey.publish([report]);
    await journeys.route(Topics.reporting, journey.journeyId, [ReportReceivedEvent.type]);
    const opened = await journeys.until(journey.journeyId, 'vrd-4 open', (state) => state.obligations.some((o) => o.obligationId === 'vrd-4-information#1' && o.status === 'open'));
    expect(opened.country).toBe('BE');
    await journeyOnceRead(app, be, journey.journeyId, 1);

    await cancel(analyst('NL'), journey.journeyId, 'vrd-4-information#1', 'entered-in-error').expect(404);
    const cancelled = await cancel(be, journey.journeyId, 'vrd-4-information#1', 'entered-in-error').expect(200);
    expect(cancelled.body).toMatchObject({ obligationId: 'vrd-4-information#1', status: 'cancelled', reasonCode: 'entered-in-error' });
    const state = await journeys.until(journey.journeyId, 'vrd-4 cancelled', (current) => current.obligations.some((o) => o.obligationId === 'vrd-4-information#1' && o.status === 'cancelled'));
    expect(state.obligations.find((o) => o.obligationId === 'vrd-4-information#1')?.evidence).toBe('cancelled by operations: entered-in-error');

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
