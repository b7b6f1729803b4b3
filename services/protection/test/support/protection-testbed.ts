import { randomUUID } from 'node:crypto';
import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import request from 'supertest';
import { CloudEvent, fromKafkaRecord, Topics, validateEvent } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { journeyOfTheTestOrganisations, readTopic, TestOrganisations, testServers, TopicRecord, uniqueName } from '@harbour/testing';
import { ProtectionModule } from '../../src/app.module';

/** The protection service as it runs, on its own database and task queue; tests drive the expiry sweep themselves. */
export async function startProtectionService(): Promise<NestExpressApplication> {
  process.env.MONGO_DB = uniqueName('harbour-protection-test');
  process.env.PROTECTION_TASK_QUEUE = uniqueName('protection-test');
  process.env.PROTECTION_EXPIRY_SWEEP_SECONDS = '0';
  return createServiceApp(ProtectionModule, { name: 'protection', logger: false });
}

export async function stopProtectionService(app: NestExpressApplication): Promise<void> {
  await app.get<Connection>(getConnectionToken()).dropDatabase();
  await app.close();
}

export const http = (app: NestExpressApplication) => request(app.getHttpServer());

export function bearer(roles: Role[], organisationId = TestOrganisations[roles[0]]): string {
  return issueDevelopmentToken({ subject: `test-${roles[0]}`, roles, ...(organisationId ? { organisationId } : {}) });
}

export const officer = bearer(['protection-officer']);

export const newJourney = (): string => randomUUID();

/** A journey the test callers take part in: the protection authority, the prosecution, the support organisation. */
export const journeyOfTheCase = journeyOfTheTestOrganisations;

/** The journey's records on harbour.protection.v1, once every expected type has arrived. */
export async function journeyRecords(journeyId: string, expectedTypes: string[]): Promise<TopicRecord[]> {
  const ofJourney = (records: TopicRecord[]) => records.filter((record) => record.key === journeyId);
  const records = await readTopic(testServers().kafkaBrokers, Topics.protection, {
    until: (read) => expectedTypes.every((type) => ofJourney(read).some((record) => record.headers.ce_type === type)),
  });
  return ofJourney(records);
}

/** The journey's facts, each read back from Kafka and validated as a consumer would; throws on one that does not validate. */
export async function journeyFacts(journeyId: string, expectedTypes: string[]): Promise<CloudEvent<object>[]> {
  return (await journeyRecords(journeyId, expectedTypes)).map((record) => {
    const validated = validateEvent(fromKafkaRecord(record));
    if (!validated.ok) throw new Error(`invalid fact on ${Topics.protection}: ${validated.reason}`);
    return validated.value;
  });
}

/** The data of the journey's facts of one type, in order. */
export async function factsOfType(journeyId: string, type: string, count = 1): Promise<object[]> {
  const ofType = (records: TopicRecord[]) => records.filter((record) => record.key === journeyId && record.headers.ce_type === type);
  const records = await readTopic(testServers().kafkaBrokers, Topics.protection, { until: (read) => ofType(read).length >= count });
  return ofType(records).map((record) => {
    const validated = validateEvent(fromKafkaRecord(record));
    if (!validated.ok) throw new Error(`invalid fact on ${Topics.protection}: ${validated.reason}`);
    return validated.value.data;
  });
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export { answersWith, calmAnswers } from './questionnaire-answers';
