import { NestExpressApplication } from '@nestjs/platform-express';
import { describeHostileBodies, describeTamperedTokens } from '@harbour/testing';
import { bearer, http, startSupportService, stopSupportService } from './support/support-testbed';

const ANTWERP = 'be-harbourline-antwerp';
const caseWorker = { role: 'support-case-worker' as const, organisationId: ANTWERP };

describeTamperedTokens({ context: 'support', start: () => startSupportService(), stop: stopSupportService, route: { method: 'get', path: `/organisations/${ANTWERP}/tasks`, ...caseWorker } });

describeHostileBodies({ context: 'support', start: () => startSupportService(), stop: stopSupportService, route: { method: 'put', path: `/organisations/${ANTWERP}/task-channel`, ...caseWorker } });

describe('support: operators in queries', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await startSupportService();
  });
  afterAll(() => stopSupportService(app));

  it.each([
    '/webhook-deliveries?status[$ne]=dead',
    '/webhook-deliveries?organisationId[$gt]=',
    `/organisations/${ANTWERP}/tasks?status[$in][]=offered&status[$in][]=accepted`,
    '/organisations?country[$regex]=.*',
  ])('%s: 400, never a wider answer', async (path) => {
    const response = await http(app).get(path).auth(bearer(['support-case-worker'], ANTWERP), { type: 'bearer' });
    expect(response.status).toBe(400);
  });
});
