import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import request from 'supertest';
import { CloudEvent, fromKafkaRecord, Topics, validateEvent } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { journeyOfTheTestOrganisations, readTopic, TestOrganisations, testServers, uniqueName } from '@harbour/testing';
import { JusticeModule } from '../../src/app.module';

/** The justice service as it runs, on its own database, task queue, inbound topic and consumer group. */
export async function startJusticeService(options: { smtpPort?: number } = {}): Promise<NestExpressApplication> {
  process.env.MONGO_DB = uniqueName('harbour-justice-test');
  process.env.JUSTICE_TASK_QUEUE = uniqueName('justice-test');
  process.env.JUSTICE_MILESTONES_TOPIC = uniqueName('justice-test-milestones-inbound');
  process.env.JUSTICE_MILESTONES_GROUP = uniqueName('justice-test-milestones');
  process.env.JUSTICE_SMTP_HOST = '127.0.0.1';
  process.env.JUSTICE_SMTP_PORT = String(options.smtpPort ?? 1);
  process.env.JUSTICE_NOTIFICATION_POLL_MS = '200';
  process.env.JUSTICE_NOTIFICATION_RETRY_MS = '100';
  return createServiceApp(JusticeModule, { name: 'justice', logger: false });
}

export async function stopJusticeService(app: NestExpressApplication): Promise<void> {
  const connection = app.get<Connection>(getConnectionToken());
  await app.close();
  await connection.dropDatabase().catch(() => undefined);
}

export const http = (app: NestExpressApplication) => request(app.getHttpServer());

export function bearer(role: Role): string {
  const organisationId = TestOrganisations[role];
  return issueDevelopmentToken({ subject: `test-${role}`, roles: [role], ...(organisationId ? { organisationId } : {}) });
}

/** A journey the test callers take part in: the support organisation, the prosecution, the police. */
export const journeyOfTheCase = journeyOfTheTestOrganisations;

/**
 * The journey's facts on harbour.justice.v1 once every expected type has arrived as often as
 * listed, each read back from Kafka and validated as a consumer would.
 */
export async function justiceFacts(journeyId: string, expectedTypes: string[]): Promise<CloudEvent<object>[]> {
  const ofJourney = (records: Awaited<ReturnType<typeof readTopic>>) => records.filter((record) => record.key === journeyId);
  const count = (types: string[], type: string) => types.filter((candidate) => candidate === type).length;
  const records = await readTopic(testServers().kafkaBrokers, Topics.justice, {
    until: (read) => {
      const types = ofJourney(read).map((record) => record.headers.ce_type);
      return expectedTypes.every((type) => count(types, type) >= count(expectedTypes, type));
    },
  });
  return ofJourney(records).map((record) => {
    const validated = validateEvent(fromKafkaRecord(record));
    if (!validated.ok) throw new Error(`invalid fact on ${Topics.justice}: ${validated.reason}`);
    return validated.value;
  });
}

let sequence = 0;

/** A milestone as a national system sends it, with a message id of its own. */
export function nationalMilestone(journeyId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    messageId: uniqueName(`be-just-msg-${sequence}`),
    caseReference: 'AN.12.LL.004211/26',
    journeyId,
    milestone: 'charges-brought',
    occurredAt: '2026-05-11T09:00:00.000Z',
    ...overrides,
  };
}
