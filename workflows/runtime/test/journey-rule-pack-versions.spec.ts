import { randomUUID } from 'node:crypto';
import { journeyWorkflowId, TaskQueues } from '@harbour/contracts';
import { VictimJourney } from '@harbour/journeys';
import { JourneyClocks } from './support/journey-clocks';
import { dueAtOf, obligationOf } from './support/journey-state';
import { JourneyTestbed } from './support/journey-testbed';

// Belgium's pack gained the time limit of its compensation fund in version 2.
describe('VictimJourney keeps the country pack it started with', () => {
  let testbed: JourneyTestbed;
  let clocks: JourneyClocks;
  beforeAll(async () => ({ testbed, clocks } = await JourneyClocks.start(['be-payoke'])));
  afterAll(() => testbed?.teardown());

  const claimOpened = async (journeyId: string) => {
    const claimId = randomUUID();
    await clocks.send(journeyId, 'harbour.compensation.claim.opened.v1', (now) => ({ claimId, scheme: 'state-fund', crimeDate: now, openedAt: now }));
    return clocks.statusBecomes(journeyId, 'comp-application-window#1', 'open');
  };

  it('a journey starting now takes the newest Belgian pack: the fund application is due in three years', async () => {
    const { journeyId } = await clocks.journeyFromReport({ formalComplaint: false, country: 'BE' });
    const state = await claimOpened(journeyId);
    expect(obligationOf(state, 'comp-application-window#1').rulePack).toBe('be@2');
    const years = (Date.parse(dueAtOf(state, 'comp-application-window#1')) - Date.parse(obligationOf(state, 'comp-application-window#1').openedAt)) / (365.25 * 24 * 3_600_000);
    expect(Math.round(years)).toBe(3);
  });

  it('a journey carried over from before versions were kept stays on the first Belgian pack, where the limit has no figure', async () => {
    const journeyId = testbed.newJourneyId();
    await testbed.env.client.workflow.start(VictimJourney, {
      workflowId: journeyWorkflowId(journeyId),
      taskQueue: TaskQueues.journeys,
      args: [{ journeyId, resume: { stage: 'referred', country: 'BE', language: 'nl', obligations: [], seenEventIds: [], factsSeen: 1 } }],
    });
    const state = await claimOpened(journeyId);
    expect(obligationOf(state, 'comp-application-window#1')).toMatchObject({ rulePack: 'eu-baseline@1', status: 'open' });
    expect(obligationOf(state, 'comp-application-window#1').dueAt).toBeUndefined();
  });
});
