import { NestExpressApplication } from '@nestjs/platform-express';
import { ApplicationFailure } from '@temporalio/common';
import { ProtectionActivities, ProtectionOrderExpiredEvent, ProtectionOrderExpiringEvent, ProtectionOrderIssuedEvent } from '@harbour/contracts';
import { connectTemporalClient, runHarbourWorker } from '@harbour/temporal';
import { uniqueName, waitFor } from '@harbour/testing';
import { ExpireEndedMeasures } from '../src/expiry/expire-ended-measures';
import { ExpireOrder } from '../src/expiry/expire-order';
import { createProtectionActivities } from '../src/expiry/protection-activities';
import { ProtectionActivityWorker } from '../src/expiry/protection-activity-worker';
import { RemindOrderRenewal } from '../src/expiry/remind-order-renewal';
import { MeasureRepository } from '../src/measures/measure.repository';
import type { orderClockThroughTemporal } from './support/order-clock-through-temporal.workflow';
import { factsOfType, http, inDays, newJourney, officer, startProtectionService, stopProtectionService } from './support/protection-testbed';

describe('protection activities: the service side of the protection-order-expiry clock', () => {
  let app: NestExpressApplication;
  let protection: ProtectionActivities;
  const read = async (measureId: string) => (await http(app).get(`/measures/${measureId}`).auth(officer, { type: 'bearer' }).expect(200)).body;
  const take = async (body: object, journeyId = newJourney()) => (await http(app).post(`/journeys/${journeyId}/measures`).auth(officer, { type: 'bearer' }).send(body).expect(201)).body;
  const issueOrder = (journeyId?: string) => take({ kind: 'national-protection-order', startsAt: new Date().toISOString(), endsAt: inDays(30) }, journeyId);

  beforeAll(async () => {
    app = await startProtectionService();
    protection = createProtectionActivities({ expireOrder: app.get(ExpireOrder), remindOrderRenewal: app.get(RemindOrderRenewal) });
  });
  afterAll(() => stopProtectionService(app));

  it("reminds and then expires an order through Temporal on the service's own task queue, and tells the journey", async () => {
    const protectionQueue = app.get(ProtectionActivityWorker).taskQueue;
    expect(protectionQueue).toBe(process.env.PROTECTION_TASK_QUEUE);
    const clockQueue = uniqueName('protection-test-clock');
    const clockWorker = await runHarbourWorker({ taskQueue: clockQueue, workflowsPath: require.resolve('./support/order-clock-through-temporal.workflow') });
    const client = await connectTemporalClient();
    const order = await issueOrder();
    const dueAt = new Date(Date.parse(order.endsAt) - 7 * 86_400_000).toISOString();
    try {
      await client.workflow.execute<typeof orderClockThroughTemporal>('orderClockThroughTemporal', {
        taskQueue: clockQueue,
        workflowId: uniqueName('protection-test-clock'),
        args: [protectionQueue, { journeyId: order.journeyId, orderId: order.measureId, dueAt }, { journeyId: order.journeyId, orderId: order.measureId, at: order.endsAt }],
      });
    } finally {
      await client.connection.close();
      await clockWorker.shutdown();
    }

    const measure = await read(order.measureId);
    expect(measure).toMatchObject({ status: 'expired', expiredAt: order.endsAt, reminders: [{ dueAt, remindedAt: expect.any(String) }] });
    const [expiring] = await factsOfType(order.journeyId, ProtectionOrderExpiringEvent.type);
    expect(expiring).toEqual({ orderId: order.measureId, endsAt: order.endsAt, remindedAt: measure.reminders[0].remindedAt });
    const [expired] = await factsOfType(order.journeyId, ProtectionOrderExpiredEvent.type);
    expect(expired).toEqual({ orderId: order.measureId, expiredAt: order.endsAt });
  });

  it('reminds once per due time and expires once, however often the journey retries', async () => {
    const order = await issueOrder();
    const reminder = { journeyId: order.journeyId, orderId: order.measureId, dueAt: new Date(Date.parse(order.endsAt) - 2 * 86_400_000).toISOString() };
    const expiry = { journeyId: order.journeyId, orderId: order.measureId, at: order.endsAt };

    await protection.remindOrderRenewal(reminder);
    await protection.remindOrderRenewal(reminder);
    await protection.expireOrder(expiry);
    await protection.expireOrder(expiry);
    await protection.remindOrderRenewal({ ...reminder, dueAt: order.endsAt });

    const measure = await read(order.measureId);
    expect(measure.status).toBe('expired');
    expect(measure.reminders).toHaveLength(1);
    // Once the order's outbox is sent, a later fact of the journey (same key, same partition) marks the end of its facts.
    const measures = app.get(MeasureRepository);
    await waitFor(async () => (await measures.findById(order.measureId))?.outbox.length === 0, { description: "the order's outbox sent" });
    const marker = await issueOrder(order.journeyId);
    const issued = (await factsOfType(order.journeyId, ProtectionOrderIssuedEvent.type, 2)) as { orderId: string }[];
    expect(issued.map((fact) => fact.orderId)).toEqual([order.measureId, marker.measureId]);
    const endOfOrder = await factsOfType(order.journeyId, ProtectionOrderExpiredEvent.type);
    const reminders = await factsOfType(order.journeyId, ProtectionOrderExpiringEvent.type);
    expect([endOfOrder.length, reminders.length]).toEqual([1, 1]);
  });

  it('leaves an order renewed past the end alone', async () => {
    const order = await issueOrder();
    const newEnd = inDays(400);
    await http(app).post(`/measures/${order.measureId}/renewal`).auth(officer, { type: 'bearer' }).send({ decision: 'renewed', endsAt: newEnd }).expect(200);

    await protection.expireOrder({ journeyId: order.journeyId, orderId: order.measureId, at: order.endsAt });

    expect(await read(order.measureId)).toMatchObject({ status: 'renewed', endsAt: newEnd });
    await protection.expireOrder({ journeyId: order.journeyId, orderId: order.measureId, at: newEnd });
    expect(await read(order.measureId)).toMatchObject({ status: 'expired', expiredAt: newEnd });
  });

  it('fails for good on a malformed command or an order the journey does not have', async () => {
    const malformed = protection.expireOrder({ journeyId: 'maria-popescu', orderId: 'x', at: 'tomorrow' });
    await expect(malformed).rejects.toBeInstanceOf(ApplicationFailure);
    await expect(malformed).rejects.toMatchObject({ nonRetryable: true, message: expect.stringMatching(/journeyId must be a UUID.*orderId must be a UUID.*at must be a valid ISO 8601 date string/) });

    const order = await issueOrder();
    const elsewhere = protection.remindOrderRenewal({ journeyId: newJourney(), orderId: order.measureId, dueAt: order.endsAt });
    await expect(elsewhere).rejects.toMatchObject({ nonRetryable: true, message: expect.stringMatching(/^order of journey .* not found$/) });
  });

  it('expires on its own every measure whose end has come, orders and others, as of its end date', async () => {
    const order = await issueOrder();
    const shelter = await take({ kind: 'shelter', startsAt: new Date().toISOString(), endsAt: inDays(10) });
    const openEnded = await take({ kind: 'witness-protection-referral', startsAt: new Date().toISOString() });

    const expired = await app.get(ExpireEndedMeasures).sweep(new Date(Date.parse(order.endsAt) + 1000));

    expect(expired).toEqual(expect.arrayContaining([order.measureId, shelter.measureId]));
    expect(await read(order.measureId)).toMatchObject({ status: 'expired', expiredAt: order.endsAt });
    expect(await read(shelter.measureId)).toMatchObject({ status: 'expired', expiredAt: shelter.endsAt });
    expect((await read(openEnded.measureId)).status).toBe('active');
    const [fact] = await factsOfType(order.journeyId, ProtectionOrderExpiredEvent.type);
    expect(fact).toEqual({ orderId: order.measureId, expiredAt: order.endsAt });
  });
});
