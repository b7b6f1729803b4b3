import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { LoggerService } from '@nestjs/common';
import { Connection } from 'mongoose';
import request from 'supertest';
import { CloudEvent, fromKafkaRecord, Topics, validateEvent } from '@harbour/contracts';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { createServiceApp } from '@harbour/service-runtime';
import { readTopic, TestOrganisations, testServers, TopicRecord, uniqueName } from '@harbour/testing';
import { ReportingModule } from '../../src/app.module';

export interface ReportingServiceOptions {
  /** Requests per client and window on the anonymous routes; generous unless a test is about the limit. */
  anonymousLimit?: number;
  logger?: LoggerService | false;
  /** Another replica on an existing database (its own task queue). */
  dbName?: string;
}

/** The reporting service as it runs, on its own database and task queue. */
export async function startReportingService(options: ReportingServiceOptions = {}): Promise<NestExpressApplication> {
  process.env.MONGO_DB = options.dbName ?? uniqueName('harbour-reporting-test');
  process.env.REPORTING_TASK_QUEUE = uniqueName('reporting-test');
  process.env.REPORTING_ANONYMOUS_LIMIT = String(options.anonymousLimit ?? 1000);
  return createServiceApp(ReportingModule, { name: 'reporting', logger: options.logger ?? false });
}

export async function stopReportingService(app: NestExpressApplication): Promise<void> {
  await database(app).dropDatabase();
  await app.close();
}

export const database = (app: NestExpressApplication) => app.get<Connection>(getConnectionToken());

export const http = (app: NestExpressApplication) => request(app.getHttpServer());

export function bearer(role: Role, organisationId = TestOrganisations[role]): string {
  return issueDevelopmentToken({ subject: `test-${role}`, roles: [role], ...(organisationId ? { organisationId } : {}) });
}

export const POLICE_ORGANISATION = 'be-police-antwerp';
export const police = () => bearer('first-responder', POLICE_ORGANISATION);

/** An anonymous report from Belgium about sexual exploitation in the Netherlands, in French. */
export const anonymousReport = (overrides: Record<string, unknown> = {}) => ({
  country: 'BE',
  crimeCountry: 'NL',
  crimeType: 'trafficking-sexual-exploitation',
  language: 'fr',
  text: 'Ils gardent nos passeports dans un bureau à Gand.',
  ...overrides,
});

/** A police report of a formal complaint by a Romanian-speaking victim in Belgium. */
export function policeReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'police',
    country: 'BE',
    crimeType: 'trafficking-labour-exploitation',
    language: 'ro',
    formalComplaint: true,
    victimReference: uniqueName('BE-POL-2026/V'),
    ...overrides,
  };
}

/** Every record on the reporting topic once `until` holds for those of these subjects. */
export async function reportingRecords(subjects: string[], until: (records: TopicRecord[]) => boolean): Promise<TopicRecord[]> {
  return readTopic(testServers().kafkaBrokers, Topics.reporting, { until: (read) => until(read.filter((record) => subjects.includes(record.key ?? ''))) });
}

/** The facts of a subject on harbour.reporting.v1 once every expected type has arrived, validated as a consumer would. */
export async function reportingFacts(subject: string, expectedTypes: string[]): Promise<CloudEvent<Record<string, unknown>>[]> {
  const records = await reportingRecords([subject], (read) => expectedTypes.every((type) => read.some((record) => record.headers.ce_type === type)));
  return records
    .filter((record) => record.key === subject)
    .map((record) => {
      const validated = validateEvent(fromKafkaRecord(record));
      if (!validated.ok) throw new Error(`invalid fact on ${Topics.reporting}: ${validated.reason}`);
      return validated.value as CloudEvent<Record<string, unknown>>;
    });
}

/** The text a PDF shows: pdfkit writes it as hex strings in TJ arrays, split where it kerns. */
export function pdfText(pdf: Buffer): string {
  const content = pdf.toString('latin1');
  return [...content.matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map(([, array]) => [...array.matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''))
    .join('\n');
}
