import { journeyFactSignal, journeyWorkflowId, TaskQueues } from '@harbour/contracts';
import { VictimJourney } from '@harbour/journeys';
import { journeyFactOf } from '../src/journey-router';
import { referralAccepted, reportReceived } from './support/journey-facts';
import { HOUR, JourneyTestbed } from './support/journey-testbed';
import { statusOf } from './support/journey-state';
import { waitFor } from '@harbour/testing';

describe('VictimJourney over a long life', () => {
  let testbed: JourneyTestbed;

  beforeAll(async () => {
    testbed = await JourneyTestbed.start();
    testbed.support.organisations = ['be-payoke'];
  });
  afterAll(() => testbed?.teardown());

  it('continues as new with its obligations, clocks, seen facts and hand-off', async () => {
    const journeyId = testbed.newJourneyId();
    const receivedAt = new Date(await testbed.now()).toISOString();
    const firstReport = reportReceived(journeyId, { receivedAt, formalComplaint: true });
    // Started as the router does, but with a short history limit so the journey renews soon.
    const firstRun = await testbed.env.client.workflow.signalWithStart(VictimJourney, {
      workflowId: journeyWorkflowId(journeyId),
      taskQueue: TaskQueues.journeys,
      args: [{ journeyId, historyLimit: 40 }],
      signal: journeyFactSignal,
      signalArgs: [journeyFactOf(firstReport)],
    });
    await testbed.until(journeyId, 'the first offer', (state) => state.referrals.length === 1);

    // More facts until the history passes its limit and the journey renews itself. No queries
    // meanwhile: the test server can lose a query that meets a continue-as-new.
    const latestRunId = async () => (await testbed.env.client.workflow.getHandle(journeyWorkflowId(journeyId)).describe()).runId;
    let factsSent = 1;
    for (let renewed = false; !renewed; ) {
      if (factsSent > 30) throw new Error('the journey did not continue as new');
      await testbed.send(reportReceived(journeyId, { receivedAt, formalComplaint: false }));
      factsSent += 1;
      renewed = await waitFor(async () => (await latestRunId()) !== firstRun.signaledRunId, {
        description: 'a new run',
        timeoutMs: 1_000,
      }).catch(() => false);
    }
    const firstRunStatus = await testbed.env.client.workflow.getHandle(journeyWorkflowId(journeyId), firstRun.signaledRunId).describe();
    expect(firstRunStatus.status.name).toBe('CONTINUED_AS_NEW');

    const renewed = await testbed.until(journeyId, 'all facts seen', (state) => state.factsSeen === factsSent);
    expect(renewed).toMatchObject({ stage: 'referred', country: 'BE', referrals: [expect.objectContaining({ status: 'offered' })] });
    expect(renewed.obligations.map((obligation) => obligation.obligationId).sort()).toEqual([
      'vrd-22-individual-assessment#1',
      'vrd-4-information#1',
      'vrd-5-acknowledgement#1',
      'vrd-8-support-contact#1',
    ]);

    await testbed.send(firstReport);
    await testbed.skip(24 * HOUR + 60_000);
    const missed = await testbed.until(journeyId, 'vrd-4 missed in the new run', (state) => statusOf(state, 'vrd-4-information#1') === 'missed');
    expect(missed.factsSeen).toBe(factsSent);

    const { referralId, organisationId } = renewed.referrals[0];
    await testbed.send(referralAccepted(journeyId, { referralId, organisationId, acceptedAt: new Date(await testbed.now()).toISOString() }));
    // First the hand-off, which never renews: it took the answer and reported it (it completes after its last report).
    expect(await waitFor(() => testbed.handoffClosed(journeyId), { description: 'the hand-off to take the acceptance' })).toBe('COMPLETED');
    expect(await testbed.handoffState(journeyId)).toMatchObject({ outcome: 'accepted' });
    // Then the journey, which that report may reach while it renews again (its history limit is short):
    // queries meeting a continue-as-new are lost, so on a loaded machine this wait needs more than the default.
    const supported = await testbed.until(journeyId, 'stage supported', (state) => state.stage === 'supported', { timeoutMs: 60_000 });
    expect(statusOf(supported, 'vrd-8-support-contact#1')).toBe('met');
  });
});
