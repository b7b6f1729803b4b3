import { NestExpressApplication } from '@nestjs/platform-express';
import { ApplicationFailure } from '@temporalio/common';
import {
  ApplicationAcknowledgedEvent,
  ApplicationTransmittedEvent,
  ClaimDecidedEvent,
  CompensationActivities,
  CrossBorderApplicationReceivedEvent,
  DecidingAuthorityChasedEvent,
  PaymentMadeEvent,
} from '@harbour/contracts';
import { connectTemporalClient, runHarbourWorker } from '@harbour/temporal';
import { uniqueName } from '@harbour/testing';
import { CompensationActivityWorker } from '../src/activities/compensation-activity-worker';
import type { transmitAndChaseThroughTemporal } from './support/cross-border-through-temporal.workflow';
import {
  applicantName,
  compensationActivities,
  crossBorderApplication,
  http,
  journeyFacts,
  newJourneyId,
  officer,
  startCompensationService,
  stateFundClaim,
  stopCompensationService,
  storedClaim,
} from './support/compensation-testbed';

describe('cross-border compensation (Directive 2004/80/EC)', () => {
  let app: NestExpressApplication;
  let compensation: CompensationActivities;
  const post = (path: string, body?: object) => http(app).post(path).auth(officer(), { type: 'bearer' }).send(body);
  const receive = async (journeyId: string) => (await post(`/journeys/${journeyId}/cross-border-applications`, crossBorderApplication()).expect(201)).body;

  beforeAll(async () => {
    app = await startCompensationService();
    compensation = compensationActivities(app);
  });
  afterAll(() => stopCompensationService(app));

  it('walks an application received → transmitted → chased → acknowledged → decided → paid, the journey driving transmission and chase through Temporal', async () => {
    const journeyId = newJourneyId();
    const received = await receive(journeyId);
    expect(received).toMatchObject({ status: 'received', crimeCountry: 'BE', crossBorder: { assistingCountry: 'RO', decidingCountry: 'BE', chases: [] } });

    const compensationQueue = app.get(CompensationActivityWorker).taskQueue;
    expect(compensationQueue).toBe(process.env.COMPENSATION_TASK_QUEUE);
    const journeyQueue = uniqueName('compensation-test-journey');
    const journeyWorker = await runHarbourWorker({ taskQueue: journeyQueue, workflowsPath: require.resolve('./support/cross-border-through-temporal.workflow') });
    const client = await connectTemporalClient();
    let steps;
    try {
      steps = await client.workflow.execute<typeof transmitAndChaseThroughTemporal>('transmitAndChaseThroughTemporal', {
        taskQueue: journeyQueue,
        workflowId: uniqueName('compensation-test-cross-border'),
        args: [compensationQueue, { journeyId, claimId: received.claimId }],
      });
    } finally {
      await client.connection.close();
      await journeyWorker.shutdown();
    }
    expect(steps).toEqual({ transmission: { transmittedAt: expect.any(String) }, chase: { chaseId: expect.any(String), chasedAt: expect.any(String) } });

    const estimatedDecisionBy = new Date(Date.now() + 180 * 24 * 3600_000).toISOString();
    const acknowledged = (await post(`/claims/${received.claimId}/acknowledgement`, { contactPersonReference: 'BE-CVF/2026/0042 desk 3', estimatedDecisionBy }).expect(201)).body;
    const decided = (await post(`/claims/${received.claimId}/decision`, { outcome: 'granted', amount: 4200.5 }).expect(201)).body;
    const paid = (await post(`/claims/${received.claimId}/payment`, {}).expect(201)).body;

    expect(acknowledged.crossBorder).toMatchObject({ transmittedAt: steps.transmission.transmittedAt, estimatedDecisionBy, chases: [steps.chase] });
    expect(paid.status).toBe('paid');
    const types = [
      CrossBorderApplicationReceivedEvent.type,
      ApplicationTransmittedEvent.type,
      DecidingAuthorityChasedEvent.type,
      ApplicationAcknowledgedEvent.type,
      ClaimDecidedEvent.type,
      PaymentMadeEvent.type,
    ];
    const { facts, records } = await journeyFacts(journeyId, types);
    expect(facts.map((fact) => fact.type)).toEqual(types);
    const { claimId } = received;
    expect(facts.map((fact) => fact.data)).toEqual([
      { claimId, assistingCountry: 'RO', decidingCountry: 'BE', receivedAt: received.crossBorder.receivedAt },
      { claimId, decidingCountry: expect.any(String), transmittedAt: steps.transmission.transmittedAt },
      { claimId, chaseId: steps.chase?.chaseId, chasedAt: steps.chase?.chasedAt },
      { claimId, acknowledgedAt: acknowledged.crossBorder.acknowledgedAt, estimatedDecisionBy },
      { claimId, outcome: 'granted', decidedAt: decided.decision.decidedAt, appealDeadline: decided.decision.appealDeadline },
      { claimId, paymentId: paid.payments[0].paymentId, paidAt: paid.payments[0].paidAt },
    ]);
    const published = JSON.stringify(records);
    for (const personal of [applicantName, 'Bucuresti', 'RO49AAAA', 'BE-CVF/2026/0042', 'passport']) expect(published).not.toContain(personal);
  });

  it('stores the standard form and the contact person encrypted, and gives them back to the officer only', async () => {
    const received = await receive(newJourneyId());
    await post(`/claims/${received.claimId}/transmission`).expect(201);
    await post(`/claims/${received.claimId}/acknowledgement`, { contactPersonReference: 'desk 7, A. Janssens', estimatedDecisionBy: '2030-01-01T00:00:00.000Z' }).expect(201);

    const stored = JSON.stringify(await storedClaim(app, received.claimId));
    for (const personal of [applicantName, 'maria.popescu@example.org', 'RO49AAAA', 'Janssens']) expect(stored).not.toContain(personal);
    const { body } = await http(app).get(`/claims/${received.claimId}/personal-data`).auth(officer(), { type: 'bearer' }).expect(200);
    expect(body).toMatchObject({ standardForm: crossBorderApplication().standardForm, contactPersonReference: 'desk 7, A. Janssens', documents: [] });
  });

  it('refuses an application for a crime in the country of residence, and a national scheme against the offender', async () => {
    const journeyId = newJourneyId();
    const same = await post(`/journeys/${journeyId}/cross-border-applications`, crossBorderApplication({ decidingCountry: 'RO' })).expect(400);
    expect(same.body.message).toEqual([
      'decidingCountry must differ from assistingCountry: an application for a crime in the country of residence is a national claim',
    ]);
    const offender = await post(`/journeys/${journeyId}/cross-border-applications`, crossBorderApplication({ scheme: 'offender' })).expect(400);
    expect(offender.body.message).toContain('scheme must be state-fund or dedicated-fund: a cross-border application goes to a state scheme');
    const form = await post(`/journeys/${journeyId}/cross-border-applications`, crossBorderApplication({ standardForm: { applicantName } })).expect(400);
    expect(form.body.message).toEqual(expect.arrayContaining(['standardForm.applicantAddress must be longer than or equal to 1 characters']));
  });

  it('transmits once however often the journey retries, and answers each retry with the first transmission', async () => {
    const journeyId = newJourneyId();
    const { claimId } = await receive(journeyId);

    const [first, racing] = await Promise.all([compensation.transmitClaim({ journeyId, claimId }), compensation.transmitClaim({ journeyId, claimId })]);
    const retried = await compensation.transmitClaim({ journeyId, claimId });

    expect(racing).toEqual(first);
    expect(retried).toEqual(first);
    expect((await post(`/claims/${claimId}/transmission`).expect(409)).body.message).toBe('a claim that is transmitted cannot be transmitted');
    const { facts } = await journeyFacts(journeyId, [ApplicationTransmittedEvent.type]);
    expect(facts.filter((fact) => fact.type === ApplicationTransmittedEvent.type)).toHaveLength(1);
  });

  it('records a retried chase once, chases again on a new call, and chases nobody once the authority acknowledged', async () => {
    const journeyId = newJourneyId();
    const { claimId } = await receive(journeyId);
    await compensation.transmitClaim({ journeyId, claimId });

    const first = await compensation.chaseDecidingAuthority({ journeyId, claimId, chaseKey: 'run-1/activity-2' });
    const retried = await compensation.chaseDecidingAuthority({ journeyId, claimId, chaseKey: 'run-1/activity-2' });
    const second = await compensation.chaseDecidingAuthority({ journeyId, claimId, chaseKey: 'run-1/activity-3' });
    await post(`/claims/${claimId}/acknowledgement`, { contactPersonReference: 'desk 3', estimatedDecisionBy: '2030-01-01T00:00:00.000Z' }).expect(201);
    const late = await compensation.chaseDecidingAuthority({ journeyId, claimId, chaseKey: 'run-1/activity-4' });

    expect(retried).toEqual(first);
    expect(second?.chaseId).not.toBe(first?.chaseId);
    expect(late).toBeNull();
    expect((await storedClaim(app, claimId))?.crossBorder.chases).toHaveLength(2);
    expect((await post(`/claims/${claimId}/chases`).expect(409)).body.message).toBe('a claim that is acknowledged cannot be chased');
  });

  it('fails for good on a malformed command, an unknown or national claim, or a chase before transmission', async () => {
    const journeyId = newJourneyId();
    const { claimId } = await receive(journeyId);
    const national = (await post(`/journeys/${journeyId}/claims`, stateFundClaim()).expect(201)).body;

    const malformed = compensation.transmitClaim({ journeyId: 'maria-popescu', claimId });
    await expect(malformed).rejects.toBeInstanceOf(ApplicationFailure);
    await expect(malformed).rejects.toMatchObject({ nonRetryable: true, message: expect.stringMatching(/^invalid ClaimCommandInput: journeyId must be a UUID/) });
    await expect(compensation.transmitClaim({ journeyId: newJourneyId(), claimId })).rejects.toMatchObject({ nonRetryable: true, message: `claim ${claimId} not found` });
    await expect(compensation.transmitClaim({ journeyId, claimId: national.claimId })).rejects.toMatchObject({
      nonRetryable: true,
      message: `claim ${national.claimId} is a national claim, not a cross-border application`,
    });
    await expect(compensation.chaseDecidingAuthority({ journeyId, claimId, chaseKey: 'early' })).rejects.toMatchObject({
      nonRetryable: true,
      message: 'a claim that is received cannot be chased',
    });
  });
});
