import { randomUUID } from 'node:crypto';
import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import request from 'supertest';
import { CloudEvent, fromKafkaRecord, OfferReferralCommand, SupportActivities, Topics, validateEvent } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { joinJourney, readTopic, TestOrganisations, testServers, uniqueName } from '@harbour/testing';
import { createSupportActivities } from '../../src/activities/support-activities';
import { SupportModule } from '../../src/app.module';
import { OfferReferral } from '../../src/referrals/offer-referral';
import { WithdrawReferral } from '../../src/referrals/withdraw-referral';

/**
 * The support service as it runs, on its own database and task queue, with the demo directory.
 * `settings` are further environment variables, read while the application is built (e.g. a
 * webhook retry schedule scaled down to seconds).
 */
export async function startSupportService(settings: Record<string, string> = {}): Promise<NestExpressApplication> {
  const env = { MONGO_DB: uniqueName('harbour-support-test'), SUPPORT_TASK_QUEUE: uniqueName('support-test'), HARBOUR_SEED_DEMO_DIRECTORY: 'true', ...settings };
  Object.assign(process.env, env);
  try {
    return await createServiceApp(SupportModule, { name: 'support', logger: false });
  } finally {
    for (const name of Object.keys(settings)) delete process.env[name];
  }
}

export async function stopSupportService(app: NestExpressApplication): Promise<void> {
  await app.get<Connection>(getConnectionToken()).dropDatabase();
  await app.close();
}

/** The same activity functions the service's worker serves. */
export function supportActivities(app: NestExpressApplication): SupportActivities {
  return createSupportActivities({ offerReferral: app.get(OfferReferral), withdrawReferral: app.get(WithdrawReferral) });
}

export const http = (app: NestExpressApplication) => request(app.getHttpServer());

export function bearer(roles: Role[], organisationId = TestOrganisations[roles[0]]): string {
  return issueDevelopmentToken({ subject: `test-${roles[0]}`, roles, ...(organisationId ? { organisationId } : {}) });
}

/** Records the victim's consent to be referred, as the police force that reported would before the hand-off. */
export async function recordConsent(app: NestExpressApplication, journeyId: string): Promise<void> {
  await joinJourney(app, journeyId, TestOrganisations['first-responder'] as string, 'reported');
  await http(app).put(`/journeys/${journeyId}/referral-basis`).auth(bearer(['first-responder']), { type: 'bearer' }).send({ basis: 'consent' }).expect(200);
}

/** A Romanian-speaking victim of labour exploitation in Belgium, first offer of a new journey. */
export function labourExploitationInBelgium(overrides: Partial<OfferReferralCommand> = {}): OfferReferralCommand {
  return {
    journeyId: randomUUID(),
    offerKey: uniqueName('offer'),
    attempt: 1,
    country: 'BE',
    language: 'ro',
    specialism: 'labour-exploitation',
    excludeOrganisationIds: [],
    acceptBy: new Date(Date.now() + 48 * 3600_000).toISOString(),
    ...overrides,
  };
}

/**
 * The journey's facts on harbour.support.v1 once every expected type has arrived, each read
 * back from Kafka and validated as a consumer would; throws on a record that does not validate.
 */
export async function journeyFacts(journeyId: string, expectedTypes: string[]): Promise<CloudEvent<object>[]> {
  const ofJourney = (records: Awaited<ReturnType<typeof readTopic>>) => records.filter((record) => record.key === journeyId);
  const records = await readTopic(testServers().kafkaBrokers, Topics.support, {
    until: (read) => expectedTypes.every((type) => ofJourney(read).some((record) => record.headers.ce_type === type)),
  });
  return ofJourney(records).map((record) => {
    const validated = validateEvent(fromKafkaRecord(record));
    if (!validated.ok) throw new Error(`invalid fact on ${Topics.support}: ${validated.reason}`);
    return validated.value;
  });
}
