import { randomUUID } from 'node:crypto';
import { waitFor } from '@harbour/testing';
import { DAY, JourneyClocks, MINUTE } from './support/journey-clocks';
import { dueAtOf, obligationOf } from './support/journey-state';
import { JourneyTestbed } from './support/journey-testbed';

// The journey asks each service to act where the rule says; the answer is not evidence: the
// obligation stays open until the service's own fact arrives.
describe('VictimJourney asks the services to act', () => {
  let testbed: JourneyTestbed;
  let clocks: JourneyClocks;
  beforeAll(async () => ({ testbed, clocks } = await JourneyClocks.start(['be-payoke'])));
  afterAll(() => testbed?.teardown());

  const asked = <T>(description: string, calls: () => T[]) => waitFor(() => calls().length > 0 && calls(), { description });

  it('reporting, for the written acknowledgement of a formal complaint (VRD Art 5), once', async () => {
    const { journeyId, reportId, state } = await clocks.journeyFromReport({ formalComplaint: true });
    const ofJourney = () => testbed.services.acknowledgements.filter((command) => command.journeyId === journeyId);
    expect(await asked('the acknowledgement asked for', ofJourney)).toEqual([{ journeyId, reportId }]);
    expect(obligationOf(state, 'vrd-5-acknowledgement#1').status).toBe('open');
    expect(obligationOf(await testbed.state(journeyId), 'vrd-5-acknowledgement#1').status).toBe('open');
  });

  it('no acknowledgement for a report that is no formal complaint', async () => {
    const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
    await testbed.until(journeyId, 'the hand-off', (state) => state.referrals.length === 1);
    expect(testbed.services.acknowledgements.filter((command) => command.journeyId === journeyId)).toEqual([]);
  });

  it('justice, to tell the prosecution of a non-punishment flag (ATD Art 8)', async () => {
    const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
    const flagId = randomUUID();
    await clocks.send(journeyId, 'harbour.identification.non-punishment.flagged.v1', (now) => ({ flagId, offenceCategory: 'drug-production', flaggedAt: now }));
    const notices = await asked('the prosecution notice asked for', () => testbed.services.prosecutionNotices.filter((command) => command.journeyId === journeyId));
    expect(notices).toEqual([{ journeyId, flagId }]);
    expect(obligationOf(await testbed.state(journeyId), 'atd-8-non-punishment#1').status).toBe('open');
  });

  it('compensation, to transmit a cross-border application to the deciding authority (Directive 2004/80/EC Art 6)', async () => {
    const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
    const claimId = randomUUID();
    await clocks.send(journeyId, 'harbour.compensation.cross-border-application.received.v1', (now) => ({
      claimId,
      assistingCountry: 'BE',
      decidingCountry: 'NL',
      receivedAt: now,
    }));
    const transmissions = await asked('the transmission asked for', () => testbed.compensation.transmissions.filter((command) => command.journeyId === journeyId));
    expect(transmissions).toEqual([{ journeyId, claimId }]);
    expect(obligationOf(await testbed.state(journeyId), 'comp-2004-80-transmit#1').status).toBe('open');
  });

  it("protection, to have an order's renewal considered at each reminder and to expire it on its end date", async () => {
    const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
    const orderId = randomUUID();
    const startsAt = await clocks.now();
    const endsAt = new Date(Date.parse(startsAt) + 10 * DAY).toISOString();
    await clocks.send(journeyId, 'harbour.protection.order.issued.v1', () => ({ orderId, kind: 'national-protection-order', startsAt, endsAt }));
    const opened = await clocks.statusBecomes(journeyId, 'protection-order-expiry#1', 'open');
    const dueAt = dueAtOf(opened, 'protection-order-expiry#1');

    await clocks.skipTo(Date.parse(dueAt) + MINUTE);
    const ended = await clocks.statusBecomes(journeyId, 'protection-order-expiry#1', 'ended');
    const remindedAt = obligationOf(ended, 'protection-order-expiry#1').remindedAt ?? [];
    expect(remindedAt).toHaveLength(2);
    const expiries = await asked('the expiry asked for', () => testbed.services.expiries.filter((command) => command.journeyId === journeyId));
    expect(expiries).toEqual([{ journeyId, orderId, at: dueAt }]);
    expect(testbed.services.renewalReminders.filter((command) => command.journeyId === journeyId)).toEqual(remindedAt.map((at) => ({ journeyId, orderId, dueAt: at })));
  });
});
