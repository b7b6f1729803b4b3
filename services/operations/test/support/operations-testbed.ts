import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  buildEvent,
  CloudEvent,
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
} from '@harbour/contracts';
import { KafkaEventPublisher } from '@harbour/messaging';
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
      formalComplaint: true,
      receivedAt: hoursFromNow(-30),
    }, hoursFromNow(-30));
  }

  referralOffered(organisationId: string, acceptWithinHours: number, referralId = randomUUID()) {
    return this.fact(ReferralOfferedEvent, {
      referralId,
      organisationId,
      specialism: 'labour-exploitation',
      attempt: 1,
      helpline: false,
      offeredAt: hoursFromNow(-1),
      acceptBy: hoursFromNow(acceptWithinHours),
    }, hoursFromNow(-1));
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

  async publish(events: CloudEvent<object>[]): Promise<void> {
    await this.app.get(KafkaEventPublisher).publish(events);
  }
}

/** The journey as the API shows it once it holds `facts` facts. */
export async function journeyOnceRead(app: NestExpressApplication, token: string, journeyId: string, facts: number) {
  return waitFor(
    async () => {
      const response = await http(app).get(`/operations/journeys/${journeyId}`).auth(token, { type: 'bearer' });
      return response.status === 200 && response.body.timeline.length >= facts ? response.body : undefined;
    },
    { timeoutMs: 60_000, description: `journey ${journeyId} with ${facts} facts in the read model` },
  );
}
