import { NestExpressApplication } from '@nestjs/platform-express';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { auditAnchorDbName } from '@harbour/security';
import { bearer, database, http, police, policeReport, startReportingService, stopReportingService } from './support/reporting-testbed';

const run = promisify(execFile);

/** `npm run audit -- verify reporting` on the test's database: its exit code and what it printed. */
async function verifyCommand(dbName: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run('npm', ['run', '-s', 'audit', '--', 'verify', 'reporting'], { env: { ...process.env, MONGO_DB: dbName } });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** The audit chain of a service as an auditor checks it: over HTTP and with the command. */
describe('the audit chain of reporting', () => {
  let app: NestExpressApplication;
  const auditor = bearer('auditor');
  const entries = () => database(app).collection('audit_log');

  beforeAll(async () => {
    app = await startReportingService();
  });
  afterAll(() => stopReportingService(app));

  it('records refused calls (401 and 403) by route template, and an auditor reads them in order', async () => {
    const { body: report } = await http(app).post('/reports').auth(police(), { type: 'bearer' }).send(policeReport()).expect(201);
    await http(app).get(`/reports/${report.reportId}`).auth(police(), { type: 'bearer' }).expect(200);
    await http(app).get(`/reports/${report.reportId}`).auth('forged.token.value', { type: 'bearer' }).expect(401);
    await http(app).get('/audit/entries').auth(police(), { type: 'bearer' }).expect(403);

    const { body } = await http(app).get('/audit/entries?after=0&limit=500').auth(auditor, { type: 'bearer' }).expect(200);
    expect(body.entries.map(({ sequence, actor, action, resource }: Record<string, unknown>) => ({ sequence, actor, action, resource }))).toEqual([
      { sequence: 1, actor: 'test-first-responder', action: 'read-report', resource: `report/${report.reportId}` },
      { sequence: 2, actor: 'anonymous', action: 'access.refused.401', resource: 'GET /reports/:reportId' },
      { sequence: 3, actor: 'test-first-responder', action: 'access.refused.403', resource: 'GET /audit/entries' },
    ]);
    expect(body.entries[1].previousMac).toBe(body.entries[0].mac);
    const { body: page } = await http(app).get('/audit/entries?after=1&limit=1').auth(auditor, { type: 'bearer' }).expect(200);
    expect(page).toMatchObject({ entries: [{ sequence: 2 }], next: 2 });
    await http(app).get('/audit/entries?limit=501').auth(auditor, { type: 'bearer' }).expect(400);
    await http(app).get('/audit/verification').auth(auditor, { type: 'bearer' }).expect(200, { intact: true, entries: 3 });
    expect(await verifyCommand(database(app).name)).toEqual({ code: 0, output: `${database(app).name}: audit chain intact, 3 entries\n` });
  });

  it('names the first broken link over HTTP and from the command (non-zero exit): a rewrite, then a deleted tail', async () => {
    await entries().updateOne({ sequence: 2 }, { $set: { actor: 'someone-else' } });
    await http(app)
      .get('/audit/verification')
      .auth(auditor, { type: 'bearer' })
      .expect(200, { intact: false, entries: 1, brokenAt: 2, reason: 'entry was altered after it was recorded, or sealed with another key' });
    const rewritten = await verifyCommand(database(app).name);
    expect(rewritten).toEqual({ code: 1, output: expect.stringContaining('audit chain broken at entry 2 (1 intact before it): entry was altered') });

    await entries().deleteMany({ sequence: { $gte: 2 } });
    const cut = await verifyCommand(database(app).name);
    expect(cut).toEqual({ code: 1, output: expect.stringContaining('entries 2 to 3 were removed: the anchor names entry 3') });
    const anchors = await database(app).useDb(auditAnchorDbName()).collection('audit_anchors').countDocuments({ log: database(app).name });
    expect(anchors).toBe(3);
  });
});
