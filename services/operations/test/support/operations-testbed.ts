import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  buildEvent,
  CloudEvent,
  deadLetterTopic,
  EventDefinition,
  ObligationClosedEvent,
  ObligationClosedFact,
  ObligationFact,
  ObligationMetEvent,
  ObligationMissedEvent,
  ObligationTask,
  ObligationTaskRaisedEvent,
  ReferralAcceptedEvent,
  ReferralOfferedEvent,
  ReportReceivedEvent,
  toKafkaRecord,
  Topics,
} from '@harbour/contracts';
import { DeadLetterHeaders, KafkaEventPublisher } from '@harbour/messaging';
import { issueDevelopmentToken, Role } from '@harbour/security';
import { uniqueName, waitFor } from '@harbour/testing';

/** The operations service on its own database and consumer group, so it rebuilds its model from the topics. */
export async function startOperationsService(): Promise<NestExpressApplication> {
  process.env.MONGO_DB = uniqueName('harbour-operations-test');
  process.env.OPERATIONS_CONSUMER_GROUP = uniqueName('operations-test');
  // The module reads its consumer group when first loaded, so it is loaded once the group is set.
  const { OperationsModule } = await import('../../src/app.module');
  const { createServiceApp } = await import('@harbour/service-runtime');
  return createServiceApp(OperationsModule, { name: 'operations', logger: process.env.OPERATIONS_TEST_LOGS ? undefined : false });
}

/** A second operations service, with its own modules, group and empty database: it rebuilds the model from the topics. */
export async function startAnotherOperationsService(): Promise<NestExpressApplication> {
  let app: NestExpressApplication | undefined;
  await jest.isolateModulesAsync(async () => {
    app = await startOperationsService();
  });
  return app!;
}

export async function stopOperationsService(app: NestExpressApplication): Promise<void> {
  await app.get<Connection>(getConnectionToken()).dropDatabase();
  await app.close();
}

export const http = (app: NestExpressApplication) => request(app.getHttpServer());

export function analyst(country?: string, role: Role = 'operations-analyst'): string {
  return issueDevelopmentToken({ subject: `test-analyst-${country ?? 'none'}`, roles: [role], ...(country ? { country } : {}) });
}

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** Builds and publishes a journey's facts through the service's own publisher, as the services and the journey do. */
export class JourneyFacts {
  readonly journeyId = randomUUID();
  readonly published: CloudEvent<object>[] = [];

  constructor(private readonly app: NestExpressApplication) {}

  fact<T extends object>(definition: EventDefinition<T>, data: T, time = new Date().toISOString()): CloudEvent<T> {
    const event = buildEvent(definition, { id: randomUUID(), journeyId: this.journeyId, time, data });
    this.published.push(event);
    return event;
  }

  reportReceived(country: string) {
    return this.fact(ReportReceivedEvent, {
      reportId: randomUUID(),
      channel: 'police',
      country,
      crimeType: 'trafficking-labour-exploitation',
      language: 'ro',
      // Not a formal complaint, and received just now: a journey router of another suite running at the same
      // time may open a real journey for this report, which then owes nothing soon and publishes nothing while
      // the test reads. The fact itself is dated earlier, to come first in the timeline.
      formalComplaint: false,
      receivedAt: new Date().toISOString(),
    }, hoursFromNow(-30));
  }

  referralOffered(organisationId: string, acceptWithinHours: number, referralId = randomUUID(), offeredHoursAgo = 1) {
    return this.fact(ReferralOfferedEvent, {
      referralId,
      organisationId,
      specialism: 'labour-exploitation',
      attempt: 1,
      helpline: false,
      offeredAt: hoursFromNow(-offeredHoursAgo),
      acceptBy: hoursFromNow(acceptWithinHours),
    }, hoursFromNow(-offeredHoursAgo));
  }

  referralAccepted(organisationId: string, referralId: string) {
    return this.fact(ReferralAcceptedEvent, { referralId, organisationId, acceptedAt: hoursFromNow(-0.5) }, hoursFromNow(-0.5));
  }

  obligation(outcome: 'met' | 'missed', ruleId: string, legalBasis: string, rulePack = 'eu-baseline@1') {
    const at = hoursFromNow(outcome === 'met' ? -20 : -2);
    const fact: ObligationFact = { obligationId: `${ruleId}#1`, ruleId, rulePack, legalBasis, basis: 'law', dueAt: hoursFromNow(-2), at };
    return this.fact(outcome === 'met' ? ObligationMetEvent : ObligationMissedEvent, fact, at);
  }

  closed(outcome: ObligationClosedFact['outcome'], ruleId: string, legalBasis: string, reasonCode: ObligationClosedFact['reasonCode']) {
    const at = hoursFromNow(-3);
    return this.fact(ObligationClosedEvent, { obligationId: `${ruleId}#1`, ruleId, rulePack: 'eu-baseline@1', legalBasis, basis: 'law', at, outcome, reasonCode }, at);
  }

  taskRaised(ruleId: string, kind: ObligationTask['kind'], forRole: ObligationTask['forRole'], dueInHours: number) {
    const at = hoursFromNow(-0.25);
    return this.fact(ObligationTaskRaisedEvent, { obligationId: `${ruleId}#1`, ruleId, kind, forRole, dueAt: hoursFromNow(dueInHours), at }, at);
  }

  /** An outcome of `ruleId` at a given time, with the time the obligation opened. */
  outcomeAt(outcome: 'met' | 'declined-by-victim' | 'missed', ruleId: string, at: string, openedAt: string) {
    const fact = { obligationId: `${ruleId}#1`, ruleId, rulePack: 'eu-baseline@1', legalBasis: 'Directive 2012/29/EU Art 4', basis: 'law' as const, at, openedAt };
    if (outcome === 'met') return this.fact(ObligationMetEvent, fact, at);
    if (outcome === 'missed') return this.fact(ObligationMissedEvent, fact, at);
    return this.fact(ObligationClosedEvent, { ...fact, outcome, reasonCode: 'victim-declined' }, at);
  }

  async publish(events: CloudEvent<object>[]): Promise<void> {
    await this.app.get(KafkaEventPublisher).publish(events);
  }
}

/** The journey as the API shows it once it holds `facts` facts. */
export async function journeyOnceRead(app: NestExpressApplication, token: string, journeyId: string, facts: number, timeoutMs = 60_000) {
  return waitFor(
    async () => {
      const response = await http(app).get(`/operations/journeys/${journeyId}`).auth(token, { type: 'bearer' });
      return response.status === 200 && response.body.timeline.length >= facts ? response.body : undefined;
    },
    { timeoutMs, description: `journey ${journeyId} with ${facts} facts in the read model` },
  );
}

/**
 * A record as a consumer parks it: a valid outcome of the journey, untouched, with where it came
 * from and why it was refused; so that a replay has something the read model then takes.
 */
export async function parkRecord(app: NestExpressApplication, journeyId: string, reason: string) {
  const at = new Date().toISOString();
  const event = buildEvent(ObligationMetEvent, { id: randomUUID(), journeyId, time: at, data: { ...ObligationMetEvent.example, at } });
  const record = toKafkaRecord(event);
  // An offset no broker handed out yet, so that each run parks a record of its own.
  const offset = String(randomInt(1e12, 2e12));
  const headers = {
    ...record.headers,
    [DeadLetterHeaders.reason]: reason,
    [DeadLetterHeaders.topic]: Topics.journey,
    [DeadLetterHeaders.partition]: '0',
    [DeadLetterHeaders.offset]: offset,
    [DeadLetterHeaders.at]: at,
  };
  await app.get(KafkaEventPublisher).publishRecords([{ topic: deadLetterTopic(Topics.journey), record: { ...record, headers } }]);
  return { event, deadLetterId: `${Topics.journey}:0:${offset}` };
}

/** The dead letter once the operations service keeps it. */
export function deadLetterOnceKept(app: NestExpressApplication, token: string, deadLetterId: string) {
  return waitFor(
    async () => {
      const response = await http(app).get(`/operations/dead-letters/${deadLetterId}`).auth(token, { type: 'bearer' });
      return response.status === 200 ? response.body : undefined;
    },
    { timeoutMs: 60_000, description: `dead letter ${deadLetterId} kept by operations` },
  );
}

/**
 * Journeys of one country, each with one outcome of `ruleId` in the month given (`YYYY-MM`),
 * opened `hoursToMeet` hours before; once the read model holds them all.
 */
export async function journeysWithOutcomes(app: NestExpressApplication, token: string, country: string, ruleId: string, month: string, outcomes: ('met' | 'declined-by-victim' | 'missed')[]) {
  const journeys = outcomes.map((outcome, index) => {
    const journey = new JourneyFacts(app);
    const at = `${month}-${String(10 + (index % 15)).padStart(2, '0')}T12:00:00.000Z`;
    const openedAt = new Date(Date.parse(at) - (index + 1) * 3_600_000).toISOString();
    return { journey, facts: [journey.reportReceived(country), journey.outcomeAt(outcome, ruleId, at, openedAt)] };
  });
  await journeys[0].journey.publish(journeys.flatMap(({ facts }) => facts));
  // A new consumer group reads every topic from its start first: in a full run that takes a while.
  await Promise.all(journeys.map(({ journey }) => journeyOnceRead(app, token, journey.journeyId, 2, 240_000)));
  return journeys.map(({ journey }) => journey);
}
