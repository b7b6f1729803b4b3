import { NestExpressApplication } from '@nestjs/platform-express';
import { describeHostileBodies, describeTamperedTokens } from '@harbour/testing';
import { anonymousReport, database, http, POLICE_ORGANISATION, startReportingService, stopReportingService } from './support/reporting-testbed';

const police = { role: 'first-responder' as const, organisationId: POLICE_ORGANISATION };

describeTamperedTokens({ context: 'reporting', start: () => startReportingService(), stop: stopReportingService, route: { method: 'post', path: '/reports', ...police } });

describeHostileBodies({ context: 'reporting', start: () => startReportingService(), stop: stopReportingService, route: { method: 'post', path: '/reports', ...police } });

describe('reporting: receipt codes against guessing and injection', () => {
  let app: NestExpressApplication;
  const LIMIT = 6;
  beforeAll(async () => {
    app = await startReportingService({ anonymousLimit: LIMIT });
  });
  afterAll(() => stopReportingService(app));
  const followUp = (code: string) => http(app).get('/anonymous-reports/follow-up').set('X-Receipt-Code', code);

  it('answers an operator or a malformed code in the receipt header as a wrong code, never with a report', async () => {
    for (const code of ['{"$gt":""}', '{"$ne":null}', '.*', 'x'.repeat(4000)]) {
      const response = await followUp(code);
      expect([400, 404]).toContain(response.status);
    }
  });

  it('stops a guesser at the limit: even the right code is refused for the rest of the window, and nothing of a guess is stored', async () => {
    const { body: receipt } = await http(app).post('/anonymous-reports').send(anonymousReport()).expect(201);
    // The earlier test and the report used 5 of the window's 6 requests.
    const guesses = Array.from({ length: 20 }, (_, n) => `${String(n).padStart(4, '0')}-AAAA-BBBB-CCCC-DDDD-EEEE-FFFF`);
    const statuses = [];
    for (const guess of guesses) statuses.push((await followUp(guess)).status);
    expect(statuses[0]).toBe(404);
    expect(statuses.slice(1)).toEqual(Array(guesses.length - 1).fill(429));
    await followUp(receipt.receiptCode).expect(429);
    const stored = JSON.stringify(await Promise.all(['anonymous_rate_counts', 'audit_log'].map((name) => database(app).collection(name).find().toArray())));
    for (const guess of guesses) expect(stored).not.toContain(guess);
  });
});
