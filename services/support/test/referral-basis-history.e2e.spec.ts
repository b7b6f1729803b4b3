import { randomUUID } from 'node:crypto';
import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import { AuditLog } from '@harbour/security';
import { joinJourney, TestOrganisations } from '@harbour/testing';
import { bearer, http, startSupportService, stopSupportService } from './support/support-testbed';

const POLICE = TestOrganisations['first-responder'] as string;

/** Whether a victim is referred at all: every change of the basis is kept and audited. */
describe('changes to the referral basis of a journey', () => {
  let app: NestExpressApplication;
  const database = () => app.get<Connection>(getConnectionToken());
  const record = (journeyId: string, basis: string) =>
    http(app).put(`/journeys/${journeyId}/referral-basis`).auth(bearer(['first-responder']), { type: 'bearer' }).send({ basis });

  beforeAll(async () => {
    app = await startSupportService();
  });
  afterAll(() => stopSupportService(app));

  it('keeps the basis a change replaces, with who, when and in which part of the journey, and audits each change', async () => {
    const journeyId = randomUUID();
    await joinJourney(app, journeyId, POLICE, 'reported');
    const consent = await record(journeyId, 'consent').expect(200);
    const objection = await record(journeyId, 'objected').expect(200);

    const stored = await database().collection('referralbases').findOne({ _id: journeyId as never });
    expect(stored).toMatchObject({ basis: 'objected', recordedBy: 'test-first-responder', recordedAs: `reported by ${POLICE}`, recordedAt: new Date(objection.body.recordedAt) });
    expect(stored?.history).toEqual([
      {
        basis: 'consent',
        recordedAt: new Date(consent.body.recordedAt),
        recordedBy: 'test-first-responder',
        recordedAs: `reported by ${POLICE}`,
        replacedAt: new Date(objection.body.recordedAt),
        replacedBy: 'test-first-responder',
      },
    ]);
    expect(await app.get(AuditLog).verifyChain()).toMatchObject({ intact: true });
    const entries = await database().collection('audit_log').find({ journeyId }).sort({ sequence: 1 }).toArray();
    expect(entries.map(({ action, resource }) => ({ action, resource }))).toEqual([
      { action: 'referral-basis.recorded', resource: `referral-basis/${journeyId}` },
      { action: 'referral-basis.changed', resource: `referral-basis/${journeyId}` },
    ]);
  });

  it('leaves the basis as it was when an outsider tries to change it', async () => {
    const journeyId = randomUUID();
    await joinJourney(app, journeyId, POLICE, 'reported');
    await record(journeyId, 'consent').expect(200);
    const outsider = bearer(['first-responder'], 'be-unrelated-police');
    await http(app).put(`/journeys/${journeyId}/referral-basis`).auth(outsider, { type: 'bearer' }).send({ basis: 'objected' }).expect(404);
    const stored = await database().collection('referralbases').findOne({ _id: journeyId as never });
    expect(stored).toMatchObject({ basis: 'consent' });
    expect(stored?.history).toBeUndefined();
  });
});
