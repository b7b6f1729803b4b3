import { Type } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import request from 'supertest';
import {
  NrmReferralSubmittedEvent,
  ProtectionOrderIssuedEvent,
  ReasonableGroundsDecidedEvent,
  ReportReceivedEvent,
  Topics,
} from '@harbour/contracts';
import { issueDevelopmentToken, JourneyParticipantsStore, Role } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { uniqueName, waitFor } from '@harbour/testing';
import { IdentificationModule } from '../services/identification/src/app.module';
import { ProtectionModule } from '../services/protection/src/app.module';
import { ReportingModule } from '../services/reporting/src/app.module';
import { RoutedJourneys } from './support/routed-journeys';

/** A service of the test's own, on a database and task queue of its own. */
function startService(module: Type<unknown>, name: string, taskQueueVariable?: string): Promise<NestExpressApplication> {
  process.env.MONGO_DB = uniqueName(`harbour-${name}-journey-e2e`);
  if (taskQueueVariable) process.env[taskQueueVariable] = uniqueName(`${name}-journey-e2e`);
  return createServiceApp(module, { name, logger: false });
}

// What identification and protection record reaches the victim's journey as legal clocks.
describe("identification's and protection's facts reach the journey", () => {
  const token = (role: Role, organisationId?: string) => issueDevelopmentToken({ subject: `${role}-1`, roles: [role], ...(organisationId ? { organisationId } : {}) });
  const police = token('first-responder', 'be-police-antwerp');
  const nrm = token('nrm-decision-maker');
  const officer = token('protection-officer', 'be-protection-antwerp');
  let apps: NestExpressApplication[] = [];
  let journeys: RoutedJourneys;

  beforeAll(async () => {
    process.env.PROTECTION_EXPIRY_SWEEP_SECONDS = '0';
    apps = [
      await startService(ReportingModule, 'reporting', 'REPORTING_TASK_QUEUE'),
      await startService(IdentificationModule, 'identification'),
      await startService(ProtectionModule, 'protection', 'PROTECTION_TASK_QUEUE'),
    ];
    journeys = await RoutedJourneys.start('intake-care-e2e');
  });

  afterAll(async () => {
    await journeys?.stop();
    for (const app of apps) {
      await app.get<Connection>(getConnectionToken()).dropDatabase();
      await app.close();
    }
  });

  const [reporting, identification, protection] = [0, 1, 2].map((index) => () => request(apps[index].getHttpServer()));

  it('a report, an NRM referral with a positive reasonable-grounds decision and a protection order open, meet and run their clocks', async () => {
    const { body: receipt } = await reporting()
      .post('/reports')
      .auth(police, { type: 'bearer' })
      .send({ channel: 'police', country: 'BE', crimeType: 'trafficking-labour-exploitation', language: 'ro', formalComplaint: false, victimReference: uniqueName('BE-POL/V') })
      .expect(201);
    const { journeyId } = receipt;
    // Who takes part reaches the other services as facts: protection learns from Kafka that the police force reported.
    const participants = apps[2].get(JourneyParticipantsStore, { strict: false });
    await waitFor(async () => (await participants.of(journeyId)).participants.find((participant) => participant.organisationId === 'be-police-antwerp'), {
      description: "the reporting police force among protection's participants of the journey",
    }).then((participant) => expect(participant).toMatchObject({ basis: 'reported' }));
    const { body: referral } = await identification().post('/nrm-referrals').auth(police, { type: 'bearer' }).send({ journeyId, ageGroup: 'adult', consent: 'recorded' }).expect(201);
    await identification()
      .post(`/nrm-referrals/${referral.nrmReferralId}/reasonable-grounds`)
      .auth(nrm, { type: 'bearer' })
      .send({ decision: 'positive', reasons: 'Consistent account of debt bondage.' })
      .expect(200);
    const endsAt = new Date(Date.now() + 180 * 86_400_000).toISOString();
    const { body: order } = await protection()
      .post(`/journeys/${journeyId}/measures`)
      .auth(officer, { type: 'bearer' })
      .send({ kind: 'national-protection-order', startsAt: new Date().toISOString(), endsAt })
      .expect(201);

    await journeys.route(Topics.reporting, journeyId, [ReportReceivedEvent.type]);
    await journeys.route(Topics.identification, journeyId, [NrmReferralSubmittedEvent.type, ReasonableGroundsDecidedEvent.type]);
    await journeys.route(Topics.protection, journeyId, [ProtectionOrderIssuedEvent.type]);

    const state = await journeys.until(journeyId, 'the order clock open', (current) => current.obligations.some((o) => o.ruleId === 'protection-order-expiry'));
    const byRule = Object.fromEntries(state.obligations.map((obligation) => [obligation.ruleId, obligation]));
    expect(byRule['nrm-reasonable-grounds']).toMatchObject({ status: 'met', subjectKey: referral.nrmReferralId, evidence: expect.stringContaining('decision positive') });
    expect(byRule['cets-13-recovery-period']).toMatchObject({ status: 'open', subjectKey: referral.nrmReferralId, rulePack: 'be@2' });
    expect(byRule['cets-10-no-removal']).toMatchObject({ status: 'open', subjectKey: referral.nrmReferralId });
    expect(byRule['cets-10-no-removal'].dueAt).toBeUndefined();
    expect(byRule['atd-11-assistance']).toMatchObject({ status: 'open' });
    expect(byRule['protection-order-expiry']).toMatchObject({ status: 'open', subjectKey: order.measureId });
    expect(state).toMatchObject({ country: 'BE', countryPack: 'be@2' });
  });
});
