import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import request from 'supertest';
import { CloudEvent, fromKafkaRecord, Topics, validateEvent } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { journeyOfTheTestOrganisations, readTopic, TestOrganisations, testServers, TopicRecord, uniqueName } from '@harbour/testing';
import { IdentificationModule } from '../../src/app.module';

/** The identification service as it runs, on its own database. */
export async function startIdentificationService(): Promise<NestExpressApplication> {
  process.env.MONGO_DB = uniqueName('harbour-identification-test');
  return createServiceApp(IdentificationModule, { name: 'identification', logger: false });
}

export async function stopIdentificationService(app: NestExpressApplication): Promise<void> {
  await database(app).dropDatabase();
  await app.close();
}

export function database(app: NestExpressApplication): Connection {
  return app.get<Connection>(getConnectionToken());
}

export const http = (app: NestExpressApplication) => request(app.getHttpServer());

export const POLICE = 'be-police-antwerp';

export function bearer(role: Role, organisationId = TestOrganisations[role], subject = `test-${role}`): string {
  return issueDevelopmentToken({ subject, roles: [role], ...(organisationId ? { organisationId } : {}) });
}

export const firstResponder = bearer('first-responder', POLICE, 'officer-17');
export const decisionMaker = bearer('nrm-decision-maker', undefined, 'nrm-decision-maker-3');

/** A journey the police force reported and referred to the NRM, its other organisations taking part: the test callers act on it. */
export const journeyOfTheCase = (app: NestExpressApplication) => journeyOfTheTestOrganisations(app, { referToNrm: true });

/**
 * The raw records of these journeys on harbour.identification.v1, once every expected type has
 * arrived for each, as often as it is listed.
 */
export async function identificationRecords(expected: Record<string, string[]>): Promise<TopicRecord[]> {
  const journeyIds = Object.keys(expected);
  const count = (read: TopicRecord[], journeyId: string, type: string) =>
    read.filter((record) => record.key === journeyId && record.headers.ce_type === type).length;
  const arrived = (read: TopicRecord[]) =>
    journeyIds.every((journeyId) => expected[journeyId].every((type) => count(read, journeyId, type) >= expected[journeyId].filter((t) => t === type).length));
  const records = await readTopic(testServers().kafkaBrokers, Topics.identification, { until: arrived });
  return records.filter((record) => record.key !== null && journeyIds.includes(record.key));
}

/** A journey's facts once every expected type has arrived, each validated as a consumer would; throws on one that does not validate. */
export async function journeyFacts(journeyId: string, expectedTypes: string[]): Promise<CloudEvent<object>[]> {
  return (await identificationRecords({ [journeyId]: expectedTypes })).map((record) => {
    const validated = validateEvent(fromKafkaRecord(record));
    if (!validated.ok) throw new Error(`invalid fact on ${Topics.identification}: ${validated.reason}`);
    return validated.value;
  });
}
