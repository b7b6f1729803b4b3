import { randomUUID } from 'node:crypto';
import { brusselsInstant, inBrussels } from './support/brussels-time';
import { DAY, iso, JourneyClocks, MINUTE } from './support/journey-clocks';
import { dueAtOf, obligationOf } from './support/journey-state';
import { HOUR, JourneyTestbed } from './support/journey-testbed';

// A European Protection Order, re-assessment on new facts, a safe return, and "do not remove".
describe('VictimJourney clocks of protection, return and identification', () => {
  let testbed: JourneyTestbed;
  let clocks: JourneyClocks;
  beforeAll(async () => ({ testbed, clocks } = await JourneyClocks.start(['be-payoke', 'be-pag-asa'])));
  afterAll(() => testbed?.teardown());

  describe('epo-recognition', () => {
    it('a European Protection Order not recognised within 10 working days is missed; a recognition meets another', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const epoId = randomUUID();
      await clocks.send(journeyId, 'harbour.protection.epo.issued.v1', (now) => ({ epoId, executingCountry: 'NL', issuedAt: now }));
      const opened = await clocks.statusBecomes(journeyId, 'epo-recognition#1', 'open');
      expect(obligationOf(opened, 'epo-recognition#1')).toMatchObject({ subjectKey: epoId, legalBasis: 'Directive 2011/99/EU Art 9' });
      const dueAt = dueAtOf(opened, 'epo-recognition#1');
      expect(Date.parse(dueAt) - Date.parse(obligationOf(opened, 'epo-recognition#1').openedAt)).toBeGreaterThanOrEqual(12 * DAY);

      const secondEpoId = randomUUID();
      await clocks.send(journeyId, 'harbour.protection.epo.issued.v1', (now) => ({ epoId: secondEpoId, executingCountry: 'FR', issuedAt: now }));
      await clocks.statusBecomes(journeyId, 'epo-recognition#2', 'open');
      await testbed.skip(3 * DAY);
      await clocks.send(journeyId, 'harbour.protection.epo.recognised.v1', (now) => ({ epoId: secondEpoId, decision: 'recognised', recognisedAt: now }));
      const met = await clocks.statusBecomes(journeyId, 'epo-recognition#2', 'met');
      expect(obligationOf(met, 'epo-recognition#2').evidence).toBe(`epo recognised: epoId ${secondEpoId}, decision recognised`);
      expect(obligationOf(met, 'epo-recognition#1').status).toBe('open');

      await clocks.skipTo(Date.parse(dueAt) + MINUTE);
      await clocks.statusBecomes(journeyId, 'epo-recognition#1', 'missed');
      await clocks.publishedAs(journeyId, 'epo-recognition#1', 'missed');
      expect(clocks.outcomesOf(journeyId, 'epo-recognition#2')).toEqual(['met']);
    });
  });

  describe('vrd-22 re-assessment', () => {
    it('an urgent request (a breach of an order) is due within 24 hours, another in 5 working days; one assessment meets both', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      await clocks.send(journeyId, 'harbour.protection.assessment.completed.v1', (now) => ({
        assessmentId: randomUUID(),
        riskLevel: 'standard',
        completedAt: now,
      }));
      await clocks.statusBecomes(journeyId, 'vrd-22-individual-assessment#1', 'met');

      const urgentId = randomUUID();
      const requestedAt = await clocks.send(journeyId, 'harbour.protection.reassessment.requested.v1', (now) => ({
        requestId: urgentId,
        reason: 'order-breached',
        urgent: true,
        requestedAt: now,
      }));
      const urgent = await clocks.statusBecomes(journeyId, 'vrd-22-individual-assessment#2', 'open');
      expect(obligationOf(urgent, 'vrd-22-individual-assessment#2')).toMatchObject({ subjectKey: urgentId, dueAt: iso(Date.parse(requestedAt) + 24 * HOUR) });

      await clocks.send(journeyId, 'harbour.protection.reassessment.requested.v1', (now) => ({
        requestId: randomUUID(),
        reason: 'circumstances-changed',
        urgent: false,
        requestedAt: now,
      }));
      const ordinary = await clocks.statusBecomes(journeyId, 'vrd-22-individual-assessment#3', 'open');
      expect(Date.parse(dueAtOf(ordinary, 'vrd-22-individual-assessment#3')) - Date.parse(requestedAt)).toBeGreaterThanOrEqual(5 * DAY);

      await testbed.skip(6 * HOUR);
      const assessmentId = randomUUID();
      await clocks.send(journeyId, 'harbour.protection.assessment.completed.v1', (now) => ({ assessmentId, riskLevel: 'high', completedAt: now }));
      const met = await clocks.statusBecomes(journeyId, 'vrd-22-individual-assessment#3', 'met');
      expect(obligationOf(met, 'vrd-22-individual-assessment#2')).toMatchObject({ status: 'met', evidence: `assessment completed: assessmentId ${assessmentId}, riskLevel high` });
    });

    it('an urgent re-assessment not done within 24 hours is missed', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const requestedAt = await clocks.send(journeyId, 'harbour.protection.reassessment.requested.v1', (now) => ({
        requestId: randomUUID(),
        reason: 'offender-released',
        urgent: true,
        requestedAt: now,
      }));
      await clocks.statusBecomes(journeyId, 'vrd-22-individual-assessment#2', 'open');
      await clocks.skipTo(Date.parse(requestedAt) + 24 * HOUR + MINUTE);
      await clocks.statusBecomes(journeyId, 'vrd-22-individual-assessment#2', 'missed');
      await clocks.publishedAs(journeyId, 'vrd-22-individual-assessment#2', 'missed');
    });
  });

  describe('cets-16 safe return', () => {
    async function returnIn30Days(journeyId: string) {
      const departureDate = iso(await testbed.now()).slice(0, 10);
      const departure = iso(brusselsInstant(departureDate, 12) + 30 * DAY);
      const returnId = randomUUID();
      await clocks.send(journeyId, 'harbour.support.return.planned.v1', (now) => ({ returnId, toCountry: 'RO', departureDate: departure, plannedAt: now }));
      const state = await clocks.statusBecomes(journeyId, 'cets-16-return#1', 'open');
      return { returnId, departure, state };
    }

    it('the plan is due at the end of the day 10 days before departure; a plan ready in time meets it', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const { returnId, departure, state } = await returnIn30Days(journeyId);
      const dueAt = dueAtOf(state, 'cets-16-return#1');
      expect(inBrussels(dueAt)).toBe(inBrussels(Date.parse(departure) - 10 * DAY).replace(/\d\d:\d\d:\d\d\.\d{3}$/, '23:59:59.999'));
      expect(obligationOf(state, 'cets-16-return#1').legalBasis).toBe('CETS 197 Art 16');

      await testbed.skip(5 * DAY);
      const crossBorderReferralId = randomUUID();
      await clocks.send(journeyId, 'harbour.support.return-plan.ready.v1', (now) => ({ returnId, readyAt: now, crossBorderReferralId }));
      const met = await clocks.statusBecomes(journeyId, 'cets-16-return#1', 'met');
      expect(obligationOf(met, 'cets-16-return#1').evidence).toBe(`return-plan ready: returnId ${returnId}, crossBorderReferralId ${crossBorderReferralId}`);
    });

    it('a plan not ready 10 days before departure is missed', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const { state } = await returnIn30Days(journeyId);
      await clocks.skipTo(Date.parse(dueAtOf(state, 'cets-16-return#1')) + MINUTE);
      await clocks.statusBecomes(journeyId, 'cets-16-return#1', 'missed');
      await clocks.publishedAs(journeyId, 'cets-16-return#1', 'missed');
    });
  });

  describe('cets-10 do not remove', () => {
    it('holds from the referral to the conclusive-grounds decision, without a due time, and is never missed', async () => {
      const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false });
      const nrmReferralId = randomUUID();
      await clocks.send(journeyId, 'harbour.identification.nrm-referral.submitted.v1', (now) => ({ nrmReferralId, consent: 'recorded', submittedAt: now }));
      const flagged = await clocks.statusBecomes(journeyId, 'cets-10-no-removal#1', 'open');
      expect(obligationOf(flagged, 'cets-10-no-removal#1')).toMatchObject({ subjectKey: nrmReferralId, legalBasis: 'CETS 197 Art 10(2)' });
      expect(obligationOf(flagged, 'cets-10-no-removal#1').dueAt).toBeUndefined();

      await clocks.send(journeyId, 'harbour.identification.reasonable-grounds.decided.v1', (now) => ({ nrmReferralId, decision: 'positive', decidedAt: now }));
      await testbed.skip(60 * DAY);
      expect(obligationOf(await testbed.state(journeyId), 'cets-10-no-removal#1').status).toBe('open');

      const decidedAt = await clocks.send(journeyId, 'harbour.identification.conclusive-grounds.decided.v1', (now) => ({
        nrmReferralId,
        decision: 'positive',
        decidedAt: now,
        requestedByPerson: false,
      }));
      const lifted = await clocks.statusBecomes(journeyId, 'cets-10-no-removal#1', 'met');
      expect(obligationOf(lifted, 'cets-10-no-removal#1')).toMatchObject({
        closedAt: decidedAt,
        evidence: `conclusive-grounds decided: nrmReferralId ${nrmReferralId}, decision positive`,
      });
      await clocks.publishedAs(journeyId, 'cets-10-no-removal#1', 'met');
      expect(clocks.outcomesOf(journeyId, 'cets-10-no-removal#1')).toEqual(['met']);
    });
  });
});
