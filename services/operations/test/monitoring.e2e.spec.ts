import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { analyst, http, journeysWithOutcomes, startOperationsService, stopOperationsService } from './support/operations-testbed';

describe('operations: implementation monitoring, with small cells suppressed', () => {
  let app: NestExpressApplication;
  const be = analyst('BE');
  const nl = analyst('NL');
  // A right no other run counts, in a month of its own, so that the row holds this run's outcomes alone.
  const ruleId = `monitoring-test-${randomBytes(4).toString('hex')}`;
  const month = '2025-03';
  const row = async (token: string, query = `from=${month}&to=${month}`) =>
    (await http(app).get(`/operations/monitoring?${query}`).auth(token, { type: 'bearer' }).expect(200)).body.rows.find((candidate: { ruleId: string }) => candidate.ruleId === ruleId);

  beforeAll(async () => {
    app = await startOperationsService();
    await Promise.all([
      journeysWithOutcomes(app, be, 'BE', ruleId, month, [...Array<'met'>(14).fill('met'), 'declined-by-victim', 'declined-by-victim', 'declined-by-victim']),
      journeysWithOutcomes(app, nl, 'NL', ruleId, month, Array<'met'>(12).fill('met')),
    ]);
  }, 300_000);
  afterAll(() => stopOperationsService(app));

  it('counts the outcomes of a right in a month, suppressing the small count and the one that would give it away', async () => {
    expect(await row(be)).toEqual({
      country: 'BE',
      ruleId,
      month,
      closed: 17,
      outcomes: { met: null, missed: 0, breached: 0, 'declined-by-victim': null, ended: 0, revoked: 0, cancelled: 0 },
      // The met obligations opened 1 … 14 hours before their evidence.
      medianHoursToMeet: 7.5,
      suppressed: true,
    });
    // The Dutch analyst reads the Dutch row only: twelve met, nothing to suppress.
    expect(await row(nl)).toMatchObject({ country: 'NL', closed: 12, outcomes: { met: 12 }, medianHoursToMeet: 6.5, suppressed: false });
    expect(await row(be, 'from=2025-04&to=2025-05')).toBeUndefined();
  });

  it('exports the same table as CSV, suppressed cells empty', async () => {
    const response = await http(app).get(`/operations/monitoring?from=${month}&to=${month}&format=csv`).auth(be, { type: 'bearer' }).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe('country,right,month,closed,met,missed,breached,declined-by-victim,ended,revoked,cancelled,median_hours_to_meet,suppressed');
    expect(lines).toContain(`BE,${ruleId},${month},17,,0,0,,0,0,0,7.5,true`);
  });

  it('refuses other roles and wrong periods with the reason', async () => {
    await http(app).get('/operations/monitoring').expect(401);
    await http(app).get('/operations/monitoring').auth(analyst('BE', 'auditor'), { type: 'bearer' }).expect(403);
    const wrong = await http(app).get('/operations/monitoring?from=2025-13&format=xml').auth(be, { type: 'bearer' }).expect(400);
    expect(wrong.body.message).toEqual(['from must be a month such as 2026-01', 'format must be json or csv']);
    const reversed = await http(app).get('/operations/monitoring?from=2025-05&to=2025-03').auth(be, { type: 'bearer' }).expect(400);
    expect(reversed.body.message).toBe('from (2025-05) must not come after to (2025-03)');
  });
});
