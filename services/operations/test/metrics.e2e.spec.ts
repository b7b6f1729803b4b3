import { NestExpressApplication } from '@nestjs/platform-express';
import { waitFor } from '@harbour/testing';
import { analyst, http, journeyOnceRead, JourneyFacts, parkRecord, startOperationsService, stopOperationsService } from './support/operations-testbed';

describe('operations: Prometheus metrics on /metrics', () => {
  let app: NestExpressApplication;
  const be = analyst('BE');
  let journey: JourneyFacts;
  const metrics = async () => (await http(app).get('/metrics').expect(200)).text;
  /** The value of one series, once it is there. */
  const series = (line: RegExp) =>
    waitFor(
      async () => {
        const match = (await metrics()).split('\n').find((candidate) => line.test(candidate));
        return match && Number(match.split(' ').at(-1));
      },
      { timeoutMs: 60_000, description: `metric ${line}` },
    );

  beforeAll(async () => {
    app = await startOperationsService();
    journey = new JourneyFacts(app);
    // The report first: an outcome the read model takes before it knows the journey's country counts as "unknown".
    await journey.publish([journey.reportReceived('BE')]);
    await journeyOnceRead(app, be, journey.journeyId, 1);
    await journey.publish([journey.obligation('missed', 'vrd-5-complaint-acknowledgement', 'Directive 2012/29/EU Art 5(1)')]);
    await journeyOnceRead(app, be, journey.journeyId, 2);
    const { deadLetterId } = await parkRecord(app, journey.journeyId, 'refused for the metrics test');
    await waitFor(async () => (await http(app).get(`/operations/dead-letters/${deadLetterId}`).auth(be, { type: 'bearer' })).status === 200, { timeoutMs: 60_000, description: 'the parked record kept' });
  });
  afterAll(() => stopOperationsService(app));

  it('counts the outcomes as they arrive, by country, rule and outcome', async () => {
    await expect(series(/^harbour_obligation_outcomes_total\{country="BE",rule="vrd-5-complaint-acknowledgement",outcome="missed"\}/)).resolves.toBeGreaterThanOrEqual(1);
  });

  it('shows the dead letters still parked per topic, and the records each group took or refused', async () => {
    await expect(series(/^harbour_dead_letters_parked\{topic="harbour\.journey\.v1"\}/)).resolves.toBeGreaterThanOrEqual(1);
    await expect(series(/^harbour_consumer_records_total\{group="operations-test-[^"]+",topic="harbour\.reporting\.v1",outcome="handled"\}/)).resolves.toBeGreaterThanOrEqual(1);
  });

  it('times HTTP requests by route template, never by a journey id, and serves the process metrics', async () => {
    await http(app).get(`/operations/journeys/${journey.journeyId}`).auth(be, { type: 'bearer' }).expect(200);
    await expect(series(/^harbour_http_request_duration_seconds_count\{method="GET",route="\/operations\/journeys\/:journeyId",status="200"\}/)).resolves.toBeGreaterThanOrEqual(1);
    const text = await metrics();
    expect(text).not.toContain(journey.journeyId);
    expect(text).toMatch(/^harbour_process_cpu_seconds_total \d/m);
  });
});
