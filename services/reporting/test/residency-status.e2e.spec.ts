import { NestExpressApplication } from '@nestjs/platform-express';
import { ReportReceivedEvent } from '@harbour/contracts';
import { HarbourRoles, issueDevelopmentToken, Role } from '@harbour/security';
import { joinTestOrganisations, TestOrganisations } from '@harbour/testing';
import { bearer, database, http, police, policeReport, reportingFacts, reportingRecords, startReportingService, stopReportingService } from './support/reporting-testbed';

/** Each role with the organisation its token would carry; first responders are of the reporting organisation. */
const tokenOf = (role: Role) =>
  role === 'first-responder' ? police() : role === 'support-case-worker' ? bearer(role, 'be-harbourline-antwerp') : bearer(role);

describe('reporting: residency status reaches only the roles that may read it', () => {
  let app: NestExpressApplication;
  let receipt: { reportId: string; journeyId: string };

  beforeAll(async () => {
    app = await startReportingService();
    receipt = (await http(app).post('/reports').auth(police(), { type: 'bearer' }).send(policeReport({ residencyStatus: 'no-permit' })).expect(201)).body;
    // Every role's organisation takes part, so that only the immigration firewall decides what each one reads.
    await joinTestOrganisations(app, receipt.journeyId, { referToNrm: true });
  });
  afterAll(() => stopReportingService(app));

  it.each(HarbourRoles.map((role) => [role, role === 'support-case-worker' || role === 'nrm-decision-maker'] as const))(
    '%s: sees the residency status only if it is a reader (%s)',
    async (role, reader) => {
      const response = await http(app).get(`/reports/${receipt.reportId}`).auth(tokenOf(role), { type: 'bearer' });
      expect([200, 403]).toContain(response.status);
      const answer = JSON.stringify(response.body);
      if (reader && response.status === 200) expect(response.body.personal.residencyStatus).toBe('no-permit');
      else {
        expect(answer).not.toContain('no-permit');
        expect(answer).not.toMatch(/residency/i);
      }
    },
  );

  it('lets at least one reader see it, and never a police or prosecution role', async () => {
    const nrm = await http(app).get(`/reports/${receipt.reportId}`).auth(bearer('nrm-decision-maker'), { type: 'bearer' }).expect(200);
    expect(nrm.body.personal.residencyStatus).toBe('no-permit');
    for (const role of ['first-responder', 'prosecutor-liaison'] as const) {
      const { body } = await http(app).get(`/reports/${receipt.reportId}`).auth(tokenOf(role), { type: 'bearer' }).expect(200);
      expect(body.personal).not.toHaveProperty('residencyStatus');
      expect(body.personal.victimReference).toEqual(expect.any(String));
    }
  });

  it('never shows it to a token that also holds an enforcement role, whatever else it holds', async () => {
    for (const enforcing of ['first-responder', 'prosecutor-liaison'] as const) {
      const both = issueDevelopmentToken({ subject: 'two-hats', roles: ['nrm-decision-maker', enforcing], organisationId: TestOrganisations[enforcing] });
      const { body } = await http(app).get(`/reports/${receipt.reportId}`).auth(both, { type: 'bearer' }).expect(200);
      expect(body.personal.victimReference).toEqual(expect.any(String));
      expect(JSON.stringify(body)).not.toContain('no-permit');
    }
  });

  it('keeps it encrypted in the database and out of every fact', async () => {
    const stored = await database(app).collection('reports').findOne({ _id: receipt.reportId as never });
    expect(stored?.personal.residencyStatus).toMatch(/^hk1:/);
    expect(JSON.stringify(stored)).not.toContain('no-permit');
    await reportingFacts(receipt.journeyId, [ReportReceivedEvent.type]);
    const records = await reportingRecords([receipt.journeyId], (read) => read.length > 0);
    const published = JSON.stringify(records.filter((record) => record.key === receipt.journeyId));
    expect(published).not.toContain('no-permit');
    expect(published).not.toMatch(/residency/i);
  });
});
