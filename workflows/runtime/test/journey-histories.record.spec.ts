import { journeyWorkflowId } from '@harbour/contracts';
import { referralHandoffWorkflowId } from '@harbour/journeys';
import { saveHistory } from './support/journey-histories';
import { referralAccepted, referralDeclined, reportReceived } from './support/journey-facts';
import { HOUR, JourneyTestbed } from './support/journey-testbed';

const recording = process.env.HARBOUR_RECORD_HISTORIES === '1';

// Records the histories journey-replay.spec.ts replays. Runs only on demand (see there).
(recording ? describe : describe.skip)('recording journey histories', () => {
  let testbed: JourneyTestbed;

  beforeAll(async () => {
    testbed = await JourneyTestbed.start();
    testbed.support.organisations = ['be-payoke', 'be-pag-asa'];
  });
  afterAll(() => testbed?.teardown());

  it('records a journey through decline, acceptance and missed deadlines', async () => {
    const journeyId = testbed.newJourneyId();
    const receivedAt = new Date(await testbed.now()).toISOString();
    await testbed.send(reportReceived(journeyId, { receivedAt, formalComplaint: true }));
    const first = (await testbed.until(journeyId, 'first offer', (state) => state.referrals.length === 1)).referrals[0];
    await testbed.send(
      referralDeclined(journeyId, { referralId: first.referralId, organisationId: first.organisationId, reason: 'no-capacity', declinedAt: receivedAt }),
    );
    const second = (await testbed.until(journeyId, 'second offer', (state) => state.referrals.length === 2)).referrals[1];
    await testbed.skip(24 * HOUR + 60_000);
    await testbed.send(
      referralAccepted(journeyId, {
        referralId: second.referralId,
        organisationId: second.organisationId,
        acceptedAt: new Date(await testbed.now()).toISOString(),
      }),
    );
    await testbed.until(journeyId, 'supported', (state) => state.stage === 'supported');
    await testbed.skip(4 * 24 * HOUR);
    await testbed.until(journeyId, 'vrd-5 missed', (state) => state.obligations.some((o) => o.ruleId === 'vrd-5-acknowledgement' && o.status === 'missed'));

    for (const [file, workflowId] of [
      ['victim-journey.json', journeyWorkflowId(journeyId)],
      ['referral-handoff.json', referralHandoffWorkflowId(journeyId)],
    ]) {
      saveHistory(file, await testbed.env.client.workflow.getHandle(workflowId).fetchHistory());
    }
  });
});
