import { randomUUID } from 'node:crypto';
import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import request from 'supertest';
import { CloudEvent, CompensationActivities, fromKafkaRecord, Topics, validateEvent } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { readTopic, TestOrganisations, testServers, TopicRecord, uniqueName } from '@harbour/testing';
import { createCompensationActivities } from '../../src/activities/compensation-activities';
import { CompensationModule } from '../../src/app.module';
import { ChaseDecidingAuthority } from '../../src/cross-border/chase-deciding-authority';
import { TransmitClaim } from '../../src/cross-border/transmit-claim';

/** The compensation service as it runs, on its own database and task queue. */
export async function startCompensationService(): Promise<NestExpressApplication> {
  process.env.MONGO_DB = uniqueName('harbour-compensation-test');
  process.env.COMPENSATION_TASK_QUEUE = uniqueName('compensation-test');
  return createServiceApp(CompensationModule, { name: 'compensation', logger: false });
}

export async function stopCompensationService(app: NestExpressApplication): Promise<void> {
  await app.get<Connection>(getConnectionToken()).dropDatabase();
  await app.close();
}

/** The same activity functions the service's worker serves. */
export function compensationActivities(app: NestExpressApplication): CompensationActivities {
  return createCompensationActivities({ transmitClaim: app.get(TransmitClaim), chaseDecidingAuthority: app.get(ChaseDecidingAuthority) });
}

export const storedClaim = (app: NestExpressApplication, claimId: string) =>
  app.get<Connection>(getConnectionToken()).collection('claims').findOne({ _id: claimId as never });

export const http = (app: NestExpressApplication) => request(app.getHttpServer());

export function bearer(roles: Role[], organisationId = TestOrganisations[roles[0]]): string {
  return issueDevelopmentToken({ subject: `test-${roles[0] ?? 'nobody'}`, roles, ...(organisationId ? { organisationId } : {}) });
}

export const officer = () => bearer(['compensation-officer']);

/** A labour-exploitation victim's claim to the Belgian state fund, the perpetrator known. */
export function stateFundClaim(overrides: Record<string, unknown> = {}) {
  return {
    scheme: 'state-fund',
    crimeDate: '2025-11-14T00:00:00.000Z',
    crimeCountry: 'BE',
    perpetratorKnown: true,
    currency: 'EUR',
    headsOfLoss: [
      { head: 'unpaid-wages', amount: 4200.5 },
      { head: 'psychological-care', amount: 800 },
    ],
    ...overrides,
  };
}

export const applicantName = 'Maria Popescu';

/** A victim living in Romania applies there for a crime committed in Belgium. */
export function crossBorderApplication(overrides: Record<string, unknown> = {}) {
  return {
    scheme: 'state-fund',
    crimeDate: '2025-11-14T00:00:00.000Z',
    perpetratorKnown: true,
    currency: 'EUR',
    headsOfLoss: [{ head: 'unpaid-wages', amount: 4200.5 }],
    assistingCountry: 'RO',
    decidingCountry: 'BE',
    standardForm: {
      applicantName,
      applicantDateOfBirth: '1994-05-17',
      applicantAddress: 'Str. Exemplu 1, 010101 Bucuresti',
      applicantEmail: 'maria.popescu@example.org',
      applicantLanguage: 'ro',
      crimePlace: 'Antwerp, Belgium',
      crimeDescription: 'Worked fourteen hours a day on a farm without pay; passport withheld.',
      injuriesDescription: 'Unpaid wages for eight months; anxiety treated since.',
      bankAccount: 'RO49AAAA1B31007593840000',
    },
    ...overrides,
  };
}

export const newJourneyId = () => randomUUID();

/**
 * The journey's facts on harbour.compensation.v1 once every expected type has arrived, each
 * read back from Kafka and validated as a consumer would; throws on a record that does not validate.
 */
export async function journeyFacts(journeyId: string, expectedTypes: string[]): Promise<{ facts: CloudEvent<object>[]; records: TopicRecord[] }> {
  const ofJourney = (records: TopicRecord[]) => records.filter((record) => record.key === journeyId);
  const all = await readTopic(testServers().kafkaBrokers, Topics.compensation, {
    until: (read) => expectedTypes.every((type) => ofJourney(read).filter((record) => record.headers.ce_type === type).length >= count(expectedTypes, type)),
  });
  const records = ofJourney(all);
  const facts = records.map((record) => {
    const validated = validateEvent(fromKafkaRecord(record));
    if (!validated.ok) throw new Error(`invalid fact on ${Topics.compensation}: ${validated.reason}`);
    return validated.value;
  });
  return { facts, records };
}

const count = (types: string[], type: string) => types.filter((candidate) => candidate === type).length;
