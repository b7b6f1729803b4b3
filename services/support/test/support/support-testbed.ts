import { randomUUID } from 'node:crypto';
import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import request from 'supertest';
import { CloudEvent, fromKafkaRecord, OfferReferralCommand, SupportActivities, Topics, validateEvent } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { readTopic, testServers, uniqueName } from '@harbour/testing';
import { createSupportActivities } from '../../src/activities/support-activities';
import { SupportModule } from '../../src/app.module';
import { OfferReferral } from '../../src/referrals/offer-referral';
import { WithdrawReferral } from '../../src/referrals/withdraw-referral';

/** The support service as it runs, on its own database and task queue, with the demo directory. */
export async function startSupportService(): Promise<NestExpressApplication> {
  process.env.MONGO_DB = uniqueName('harbour-support-test');
  process.env.SUPPORT_TASK_QUEUE = uniqueName('support-test');
  process.env.HARBOUR_SEED_DEMO_DIRECTORY = 'true';
  return createServiceApp(SupportModule, { name: 'support', logger: false });
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

export function bearer(roles: Role[], organisationId?: string): string {
  return issueDevelopmentToken({ subject: `test-${roles[0]}`, roles, ...(organisationId ? { organisationId } : {}) });
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
